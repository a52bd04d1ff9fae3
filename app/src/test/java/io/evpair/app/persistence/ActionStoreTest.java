package io.evpair.app.persistence;

import io.evpair.engine.ids.ChargerId;

import static io.evpair.app.support.Simulation.action;
import static io.evpair.app.support.Simulation.charger;
import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import io.evpair.engine.actions.ActionState;
import io.evpair.engine.actions.ActionStore;
import io.evpair.engine.actions.ChargeAction;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resolution is final in storage too: a writer holding a copy read before the action was resolved (a device's
 * "Accepted" recorded after the report that confirmed the action) cannot put it back to PENDING. Before the guard,
 * OcppCommandTest's lifted limit stayed PENDING now and then on a busy machine.
 */
class ActionStoreTest extends IntegrationTest {
    @Autowired
    ActionStore actions;

    @Test
    void anUpdateFromAStaleCopyDoesNotUndoAResolution() {
        Http.Client client = newClient();
        String charger = charger(client, "yan", "as-c-1", true);
        client.post("/simulator/devices/as-c-1/behaviour", "{\"behaviour\":\"TIME_OUT\"}");
        String id = action(client.post("/chargers/" + charger + "/max-current", "{\"maxCurrent\":16}")).get("id").asString();
        ChargeAction stale = actions.pendingOfTarget(new ChargerId(UUID.fromString(charger))).get(0);

        assertThat(client.post("/chargers/actions/" + id + "/cancel", null).json().get("state").asString())
                .isEqualTo("CANCELLED");

        assertThat(actions.update(stale.sent(Instant.now(), null))).isFalse();
        assertThat(actions.find(stale.clientId(), stale.id()).orElseThrow().state()).isEqualTo(ActionState.CANCELLED);
        assertThat(client.get("/chargers/actions/" + id).json().get("state").asString()).isEqualTo("CANCELLED");
    }
}
