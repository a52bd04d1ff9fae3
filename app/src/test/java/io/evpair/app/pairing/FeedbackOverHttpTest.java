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

/** A client tells evpair that a pair is wrong (issue 16, point 4). */
class FeedbackOverHttpTest extends IntegrationTest {

    private static void charging(Http.Client client, String vehicle, String charger, int from, int to) {
        List<String> rows = new ArrayList<>();
        for (int minute = from; minute <= to; minute += 2) {
            boolean charging = minute >= 1;
            rows.add(row(charger, "CHARGER", minute, minute, true, charging, charging ? 7.2 : 0.0, null));
            rows.add(row(vehicle, "VEHICLE", minute, minute + 1, true, charging, charging ? 6.5 : 0.0, 40.0 + minute * 0.17));
        }
        report(client, rows.toArray(String[]::new));
        client.post("/simulator/clock", "{\"now\":\"" + T0.plusSeconds((to + 2) * 60L) + "\"}");
    }

    private static String body(String vehicle, String charger) {
        return "{\"vehicleId\":\"" + vehicle + "\",\"chargerId\":\"" + charger + "\"}";
    }

    @Test
    void aRejectedPairEndsWithUserRejectedAndIsNotActivatedAgainInThoseSessions() {
        Http.Client client = newClient();
        String vehicle = client.simulatedVehicle("rae", "fb-v-1");
        String charger = client.simulatedCharger("rae", "fb-c-1");
        charging(client, "fb-v-1", "fb-c-1", 0, 60);
        assertThat(client.get("/charging-pairs").json().get("data").size()).isEqualTo(1);

        Http.Response rejected = client.post("/users/rae/charging-pairs/rejections",
                body(vehicle, charger).replace("}", ",\"reportedBy\":\"user\"}"));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(204);

        assertThat(client.get("/charging-pairs").json().get("data").size()).isZero();
        JsonNode history = client.get("/users/rae/charging-pairs/history").json().get("data");
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.get(0).get("unpairReason").asString()).isEqualTo("USER_REJECTED");
        assertThat(history.get(0).get("reportedBy").asString()).isEqualTo("user");

        charging(client, "fb-v-1", "fb-c-1", 62, 120);
        assertThat(client.get("/charging-pairs").json().get("data").size())
                .as("the same plug sessions must not pair them again").isZero();

        Http.Response again = client.post("/users/rae/charging-pairs/rejections", body(vehicle, charger));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void badBodiesAre400NamingTheFieldAndOtherUsersOrClientsDevicesAre404() {
        Http.Client client = newClient();
        String vehicle = client.simulatedVehicle("sol", "fb-v-2");
        String charger = client.simulatedCharger("sol", "fb-c-2");
        String elsewhere = client.simulatedCharger("tam", "fb-c-3");

        Http.Response missing = client.post("/users/sol/charging-pairs/rejections", "{\"chargerId\":\"nope\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().get("issues").findValuesAsString("field")).containsExactly("vehicleId", "chargerId");
        Http.Response tooLong = client.post("/users/sol/charging-pairs/rejections",
                body(vehicle, charger).replace("}", ",\"reportedBy\":\"" + "x".repeat(256) + "\"}"));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("issues").get(0).get("field").asString()).isEqualTo("reportedBy");

        assertThat(client.post("/users/sol/charging-pairs/rejections", body(vehicle, elsewhere)).json()
                .get("status").asInt()).isEqualTo(404);
        assertThat(client.post("/users/tam/charging-pairs/rejections", body(vehicle, elsewhere)).status())
                .isEqualTo(404);
        assertThat(newClient().post("/users/sol/charging-pairs/rejections", body(vehicle, charger)).status())
                .isEqualTo(404);
        assertThat(client.post("/users/sol/charging-pairs/rejections", body(vehicle, charger)).status())
                .as("known devices that are not paired").isEqualTo(409);
    }

    @Test
    void anAssertedPairIsTheUsersUntilAnUnplugWith400sAnd404sAnd409sLikeRejections() {
        Http.Client client = newClient();
        String vehicle = client.simulatedVehicle("uli", "fb-v-4");
        String charger = client.simulatedCharger("uli", "fb-c-4");
        String idle = client.simulatedCharger("uli", "fb-c-5");
        report(client, row("fb-c-4", "CHARGER", 0, 0, true, false, 0.0, null),
                row("fb-v-4", "VEHICLE", 0, 1, true, false, 0.0, 40.0),
                row("fb-c-5", "CHARGER", 0, 0, false, false, 0.0, null));

        Http.Response asserted = client.post("/users/uli/charging-pairs/assertions",
                body(vehicle, charger).replace("}", ",\"reportedBy\":\"app\"}"));
        assertThat(asserted.status()).as(asserted.body()).isEqualTo(204);
        JsonNode active = client.get("/charging-pairs").json().get("data");
        assertThat(active.size()).isEqualTo(1);
        assertThat(active.get(0).get("source").asString()).isEqualTo("USER");

        Http.Response unplugged = client.post("/users/uli/charging-pairs/assertions", body(vehicle, idle));
        assertThat(unplugged.status()).isEqualTo(409);
        assertThat(unplugged.contentType()).startsWith("application/problem+json");
        Http.Response bad = client.post("/users/uli/charging-pairs/assertions", "{\"vehicleId\":\"x\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("issues").findValuesAsString("field")).containsExactly("vehicleId", "chargerId");
        assertThat(newClient().post("/users/uli/charging-pairs/assertions", body(vehicle, charger)).status())
                .isEqualTo(404);

        report(client, row("fb-c-4", "CHARGER", 10, 10, false, false, 0.0, null));
        JsonNode history = client.get("/users/uli/charging-pairs/history").json().get("data");
        assertThat(history.get(0).get("unpairReason").asString()).isEqualTo("CHARGER_UNPLUGGED");
        assertThat(history.get(0).get("source").asString()).isEqualTo("USER");
        assertThat(history.get(0).get("reportedBy").asString()).isEqualTo("app");
    }
}
