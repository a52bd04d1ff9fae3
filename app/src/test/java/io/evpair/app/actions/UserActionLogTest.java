package io.evpair.app.actions;

import static io.evpair.app.support.Simulation.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** GET /users/{userId}/actions: one user's action log, newest first, paginated, the client's own only. */
class UserActionLogTest extends IntegrationTest {

    @Test
    void listsTheUsersActionsNewestFirstWithFailureReasonsAndPages() {
        Http.Client client = newClient();
        String charger = charger(client, "log-ann", "log-c-1", true);
        String otherUsersCharger = charger(client, "log-bob", "log-c-2", true);
        report(client, row("log-c-1", "CHARGER", 0, 0, true, false, 0.0, null));
        client.post("/simulator/devices/log-c-1/behaviour", "{\"behaviour\":\"REJECT\"}");
        clock(client, 1);
        JsonNode rejected = action(client.post("/chargers/" + charger + "/charging", "{\"action\":\"START\"}"));
        client.post("/simulator/devices/log-c-1/behaviour", "{\"behaviour\":\"TIME_OUT\"}");
        clock(client, 2);
        JsonNode limit = action(client.post("/chargers/" + charger + "/max-current", "{\"maxCurrent\":16}"));
        clock(client, 3);
        JsonNode lower = action(client.post("/chargers/" + charger + "/max-current", "{\"maxCurrent\":10}"));
        action(client.post("/chargers/" + otherUsersCharger + "/max-current", "{\"maxCurrent\":6}"));

        JsonNode all = client.get("/users/log-ann/actions").json();
        assertThat(ids(all)).containsExactly(lower.get("id").asString(), limit.get("id").asString(),
                rejected.get("id").asString());
        JsonNode failed = all.get("data").get(2);
        assertThat(failed.get("state").asString()).isEqualTo("FAILED");
        assertThat(failed.get("targetType").asString()).isEqualTo("charger");
        assertThat(failed.get("failureReason").get("deviceId").asString()).isEqualTo(charger);
        assertThat(failed.get("failureReason").get("detail").asString()).contains("refused");
        assertThat(all.get("data").get(1).get("failureReason").get("type").asString()).isEqualTo("CONFLICT");
        assertThat(all.get("pagination").get("after").isNull()).isTrue();
        assertThat(all.get("pagination").get("before").isNull()).isTrue();

        JsonNode first = client.get("/users/log-ann/actions?pageSize=2").json();
        assertThat(ids(first)).containsExactly(lower.get("id").asString(), limit.get("id").asString());
        String after = first.get("pagination").get("after").asString();
        JsonNode second = client.get("/users/log-ann/actions?pageSize=2&after=" + after).json();
        assertThat(ids(second)).containsExactly(rejected.get("id").asString());
        assertThat(second.get("pagination").get("after").isNull()).isTrue();
        String before = second.get("pagination").get("before").asString();
        JsonNode back = client.get("/users/log-ann/actions?pageSize=2&before=" + before).json();
        assertThat(ids(back)).containsExactly(lower.get("id").asString(), limit.get("id").asString());

        assertThat(client.get("/users/log-ann/actions?pageSize=0").status()).isEqualTo(400);
        assertThat(client.get("/users/log-ann/actions?after=nonsense").status()).isEqualTo(400);
    }

    @Test
    void anotherClientsUserAndAnUnknownUserAreEmptyPagesLikeTheirVehicles() {
        Http.Client owner = newClient();
        String charger = charger(owner, "log-cy", "log-c-3", true);
        owner.post("/simulator/devices/log-c-3/behaviour", "{\"behaviour\":\"TIME_OUT\"}");
        action(owner.post("/chargers/" + charger + "/max-current", "{\"maxCurrent\":16}"));
        assertThat(owner.get("/users/log-cy/actions").json().get("data").size()).isEqualTo(1);

        Http.Client stranger = newClient();
        Http.Response theirs = stranger.get("/users/log-cy/actions");
        assertThat(theirs.status()).isEqualTo(404); // SPEC §3: another client's user is 404
        assertThat(stranger.get("/users/log-cy/vehicles").status()).isEqualTo(theirs.status());
        assertThat(owner.get("/users/nobody-here/actions").status()).isEqualTo(404);
        assertThat(http.send("GET", "/users/log-cy/actions", null, null, null).status()).isEqualTo(401);
    }

    /** Simulated actions are stamped with the simulator clock: one minute apart, their order is certain. */
    private static void clock(Http.Client client, int minute) {
        client.post("/simulator/clock", "{\"now\":\"" + T0.plusSeconds(minute * 60L) + "\"}");
    }

    private static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("data").forEach(a -> out.add(a.get("id").asString()));
        return out;
    }
}
