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

/** A charger's idTag travels through the simulator contract into storage and the engine, which learns from it. */
class IdentityOverHttpTest extends IntegrationTest {
    static final String CAR_ID = "VID:0A1B2C3D4E5F";

    static String tagged(String row, String idTag) {
        return row.substring(0, row.lastIndexOf('}')) + ",\"idTag\":\"" + idTag + "\"}";
    }

    private static void session(Http.Client client, String vehicle, String charger, int from, int to) {
        session(client, vehicle, charger, from, to, CAR_ID);
    }

    private static void session(Http.Client client, String vehicle, String charger, int from, int to, String idTag) {
        List<String> rows = new ArrayList<>();
        for (int minute = from; minute <= to; minute += 2) {
            boolean charging = minute >= from + 1;
            rows.add(tagged(row(charger, "CHARGER", minute, minute, true, charging, charging ? 7.2 : 0.0, null), idTag));
            rows.add(row(vehicle, "VEHICLE", minute, minute + 1, true, charging, charging ? 6.5 : 0.0, 40.0));
        }
        report(client, rows.toArray(String[]::new));
        client.post("/simulator/clock", "{\"now\":\"" + T0.plusSeconds((to + 1) * 60L) + "\"}");
    }

    @Test
    void aTokenLearnedFromOnePairPairsTheNextSessionAtOnceWithIdentityInTheEvidence() {
        Http.Client client = newClient();
        String vehicle = client.simulatedVehicle("ivy", "id-v-1");
        client.simulatedCharger("ivy", "id-c-1");

        session(client, "id-v-1", "id-c-1", 0, 60);
        report(client, row("id-v-1", "VEHICLE", 70, 71, false, false, 0.0, 50.0),
                row("id-c-1", "CHARGER", 70, 70, false, false, 0.0, null));

        // the next evening: one report of each, which alone would not pair them
        session(client, "id-v-1", "id-c-1", 1440, 1441);
        JsonNode pairs = client.get("/charging-pairs").json().get("data");
        assertThat(pairs.size()).isEqualTo(1);
        assertThat(pairs.get(0).get("vehicleId").asString()).isEqualTo(vehicle);
        JsonNode latest = client.get("/users/ivy/charging-pairs/history").json().get("data").get(0);
        assertThat(latest.get("evidence").get("identity").asString()).isEqualTo("LEARNED");

        JsonNode identifiers = client.get("/vehicles/" + vehicle + "/identifiers").json().get("data");
        assertThat(identifiers.size()).isEqualTo(1);
        assertThat(identifiers.get(0).get("value").asString()).isEqualTo(CAR_ID);
        assertThat(identifiers.get(0).get("source").asString()).isEqualTo("LEARNED");
        assertThat(identifiers.get(0).get("confirmations").asInt()).isEqualTo(1);
        assertThat(identifiers.get(0).get("shared").asBoolean()).isFalse();
    }

    @Test
    void aDeclaredIdentifierPairsTheFirstSessionAtOnceAndIsListedUntilDeleted() {
        Http.Client client = newClient();
        String vehicle = client.simulatedVehicle("kai", "id-v-3");
        client.simulatedCharger("kai", "id-c-3");

        Http.Response put = client.send("PUT", "/vehicles/" + vehicle + "/identifiers", "application/json",
                "{\"identifiers\":[\"04DECLARED0001\"]}");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("data").get(0).get("source").asString()).isEqualTo("DECLARED");

        session(client, "id-v-3", "id-c-3", 0, 1, "04DECLARED0001");
        assertThat(client.get("/charging-pairs").json().get("data").size()).isEqualTo(1);
        JsonNode latest = client.get("/users/kai/charging-pairs/history").json().get("data").get(0);
        assertThat(latest.get("evidence").get("identity").asString()).isEqualTo("DECLARED");
        report(client, row("id-v-3", "VEHICLE", 70, 71, false, false, 0.0, 50.0),
                row("id-c-3", "CHARGER", 70, 70, false, false, 0.0, null));
        JsonNode listed = client.get("/vehicles/" + vehicle + "/identifiers").json().get("data");
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("source").asString()).isEqualTo("DECLARED");
        assertThat(listed.get(0).get("confirmations").asInt()).isEqualTo(1);

        assertThat(client.delete("/vehicles/" + vehicle + "/identifiers").status()).isEqualTo(204);
        JsonNode afterDelete = client.get("/vehicles/" + vehicle + "/identifiers").json().get("data");
        assertThat(afterDelete.size()).isEqualTo(1);
        assertThat(afterDelete.get(0).get("source").asString()).as("what its pair taught stays").isEqualTo("LEARNED");
    }

    @Test
    void badIdentifiersAreA400NamingEachAndAnotherClientsVehicleIsA404() {
        Http.Client client = newClient();
        String vehicle = client.simulatedVehicle("lee", "id-v-4");
        String other = client.simulatedVehicle("lee", "id-v-5");
        client.send("PUT", "/vehicles/" + other + "/identifiers", "application/json", "{\"identifiers\":[\"04TAKEN\"]}");

        Http.Response bad = client.send("PUT", "/vehicles/" + vehicle + "/identifiers", "application/json",
                "{\"identifiers\":[\"\",\"" + "x".repeat(256) + "\",\"04A\",\"04A\"]}");
        Http.Response missing = client.send("PUT", "/vehicles/" + vehicle + "/identifiers", "application/json", "{}");
        Http.Response taken = client.send("PUT", "/vehicles/" + vehicle + "/identifiers", "application/json",
                "{\"identifiers\":[\"04FREE\",\"04TAKEN\"]}");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().get("issues").findValuesAsString("field"))
                .containsExactly("identifiers[0]", "identifiers[1]", "identifiers[3]");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("issues").get(0).get("field").asString()).isEqualTo("identifiers");
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.json().get("issues").get(0).get("field").asString()).isEqualTo("identifiers[1]");
        assertThat(client.get("/vehicles/" + vehicle + "/identifiers").json().get("data").size()).isZero();
        assertThat(newClient().get("/vehicles/" + vehicle + "/identifiers").status()).isEqualTo(404);
    }

    @Test
    void anIdTagLongerThan255CharactersOrOnAVehicleIsA400NamingTheRowAndNothingIsApplied() {
        Http.Client client = newClient();
        client.simulatedVehicle("jo", "id-v-2");
        client.simulatedCharger("jo", "id-c-2");

        Http.Response tooLong = client.post("/simulator/observations", "{\"observations\":["
                + tagged(row("id-c-2", "CHARGER", 0, 0, true, false, 0.0, null), "04")
                + "," + tagged(row("id-c-2", "CHARGER", 1, 1, true, false, 0.0, null), "x".repeat(256)) + "]}");
        Http.Response onVehicle = client.post("/simulator/observations", "{\"observations\":["
                + tagged(row("id-v-2", "VEHICLE", 0, 0, true, false, 0.0, null), "04") + "]}");
        Http.Response atTheLimit = client.post("/simulator/observations", "{\"observations\":["
                + tagged(row("id-c-2", "CHARGER", 2, 2, true, false, 0.0, null), "x".repeat(255)) + "]}");

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("issues").get(0).get("field").asString()).isEqualTo("observations[1].idTag");
        assertThat(onVehicle.status()).isEqualTo(400);
        assertThat(onVehicle.json().get("issues").get(0).get("field").asString()).isEqualTo("observations[0].idTag");
        assertThat(atTheLimit.status()).as(atTheLimit.body()).isEqualTo(200);
        assertThat(atTheLimit.json().get("accepted").asInt()).isEqualTo(1);
    }
}
