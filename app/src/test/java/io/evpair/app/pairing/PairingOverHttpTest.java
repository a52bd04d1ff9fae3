package io.evpair.app.pairing;

import static io.evpair.app.support.Simulation.T0;
import static io.evpair.app.support.Simulation.report;
import static io.evpair.app.support.Simulation.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A car charging at home is paired with its charger through the public API, and unpaired when unplugged. */
class PairingOverHttpTest extends IntegrationTest {

    @Test
    void aCarChargingAtHomeIsPairedAndUnpaired() {
        Http.Client client = newClient();
        String vehicle = client.simulatedVehicle("quinn", "pair-v-1");
        String charger = client.simulatedCharger("quinn", "pair-c-1");

        List<String> rows = new ArrayList<>();
        for (int minute = 0; minute <= 60; minute += 2) {
            boolean charging = minute >= 1;
            rows.add(row("pair-c-1", "CHARGER", minute, minute, true, charging, charging ? 7.2 : 0.0, null));
            rows.add(row("pair-v-1", "VEHICLE", minute, minute + 1, true, charging, charging ? 6.5 : 0.0, 40.0 + minute * 0.17));
        }
        report(client, rows.toArray(String[]::new));
        client.post("/simulator/clock", "{\"now\":\"" + T0.plusSeconds(62 * 60) + "\"}");

        JsonNode pairs = client.get("/charging-pairs").json().get("data");
        assertThat(pairs.size()).isEqualTo(1);
        assertThat(pairs.get(0).get("vehicleId").asString()).isEqualTo(vehicle);
        assertThat(pairs.get(0).get("chargerId").asString()).isEqualTo(charger);
        assertThat(pairs.get(0).get("userId").asString()).isEqualTo("quinn");
        assertThat(client.get("/vehicles/" + vehicle).json().get("chargeState").get("pluggedInChargerId").asString())
                .isEqualTo(charger);
        assertThat(client.get("/chargers/" + charger).json().get("chargeState").get("pluggedInVehicleId").asString())
                .isEqualTo(vehicle);
        JsonNode established = client.get("/users/quinn/charging-pairs").json().get("data").get(0);
        assertThat(established.get("state").asString()).isEqualTo("ACTIVATED");

        report(client, row("pair-v-1", "VEHICLE", 70, 71, false, false, 0.0, 50.5),
                row("pair-c-1", "CHARGER", 70, 70, false, false, 0.0, null));
        client.post("/simulator/clock", "{\"now\":\"" + T0.plusSeconds(75 * 60) + "\"}");

        assertThat(client.get("/charging-pairs").json().get("data").size()).isZero();
        assertThat(client.get("/vehicles/" + vehicle).json().get("chargeState").get("pluggedInChargerId").isNull()).isTrue();
        JsonNode history = client.get("/users/quinn/charging-pairs/history").json().get("data");
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.get(0).get("unpairedAt").isNull()).isFalse();
        assertThat(history.get(0).get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(history.get(0).get("evidence").has("transitionsMatched")).isTrue();
    }

    @Test
    void anotherClientDoesNotSeeThePair() {
        Http.Client owner = newClient();
        Http.Client stranger = newClient();
        owner.simulatedVehicle("rosa", "pair-v-2");
        owner.simulatedCharger("rosa", "pair-c-2");

        assertThat(stranger.get("/charging-pairs").json().get("data").size()).isZero();
        assertThat(stranger.get("/users/rosa/charging-pairs").status()).isEqualTo(404);
    }
}
