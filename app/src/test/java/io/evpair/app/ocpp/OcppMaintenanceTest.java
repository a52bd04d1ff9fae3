package io.evpair.app.ocpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * Reset and UnlockConnector through the API (evpair's own endpoints, not Enode's), to a real charge point
 * (ocpp-rpc in strict mode, which refuses a Reset or UnlockConnector that breaks its schema).
 */
class OcppMaintenanceTest extends IntegrationTest {
    @Value("${local.server.port}")
    int port;

    @Test
    void aResetAndAnUnlockReachTheChargePointAndItsAnswerComesBack() {
        Http.Client client = newClient();
        String identity = identity();
        String token = OcppHandshakeTest.link(client, "mia");
        try (OcppChargePoint cp = OcppChargePoint.start(endpoint(), identity, token)) {
            cp.connect();
            String chargerId = onlyChargerId(client, "mia");

            Http.Response reset = client.post("/chargers/" + chargerId + "/maintenance/reset", "{\"type\":\"HARD\"}");
            assertThat(reset.status()).as(reset.body()).isEqualTo(202);
            assertThat(reset.json().get("result").asString()).isEqualTo("ACCEPTED");
            JsonNode sent = cp.nextRequest();
            assertThat(sent.get("method").asString()).isEqualTo("Reset");
            assertThat(sent.get("params").get("type").asString()).isEqualTo("Hard");

            Http.Response unlock = client.post("/chargers/" + chargerId + "/maintenance/unlock-connector", "{\"connectorId\":2}");
            assertThat(unlock.status()).as(unlock.body()).isEqualTo(202);
            sent = cp.nextRequest();
            assertThat(sent.get("method").asString()).isEqualTo("UnlockConnector");
            assertThat(sent.get("params").get("connectorId").asInt()).isEqualTo(2);

            cp.answer("UnlockConnector", "{\"status\":\"UnlockFailed\"}");
            Http.Response failed = client.post("/chargers/" + chargerId + "/maintenance/unlock-connector", "{\"connectorId\":1}");
            assertThat(failed.status()).as(failed.body()).isEqualTo(200);
            assertThat(failed.json().get("result").asString()).isEqualTo("REJECTED");
            assertThat(failed.json().get("detail").asString()).contains("UnlockFailed");
        }
    }

    @Test
    void anOcpp201StationIsResetInItsOwnWords() {
        Http.Client client = newClient();
        String token = OcppHandshakeTest.link(client, "mia");
        try (OcppChargePoint station = OcppChargePoint.start(endpoint(), identity(), token, "ocpp2.0.1")) {
            station.connect();
            String chargerId = onlyChargerId(client, "mia");

            Http.Response reset = client.post("/chargers/" + chargerId + "/maintenance/reset", "{\"type\":\"SOFT\"}");

            assertThat(reset.status()).as(reset.body()).isEqualTo(202);
            JsonNode sent = station.nextRequest();
            assertThat(sent.get("method").asString()).isEqualTo("Reset");
            assertThat(sent.get("params").get("type").asString()).isEqualTo("OnIdle");
        }
    }

    @Test
    void aChargerThatIsNotConnectedIsAConflict() {
        Http.Client client = newClient();
        String token = OcppHandshakeTest.link(client, "mia");
        try (OcppChargePoint cp = OcppChargePoint.start(endpoint(), identity(), token)) {
            cp.connect();
        }
        String chargerId = onlyChargerId(client, "mia");

        Http.Response reset = client.post("/chargers/" + chargerId + "/maintenance/reset", "{\"type\":\"SOFT\"}");

        assertThat(reset.status()).as(reset.body()).isEqualTo(409);
        assertThat(reset.isProblem()).isTrue();
        assertThat(reset.json().get("detail").asString()).contains("not connected");
    }

    @Test
    void onlyOcppChargersAndOnlyTheClientsOwn() {
        Http.Client client = newClient();
        String simulated = client.simulatedCharger("mia", "sim-" + UUID.randomUUID());
        Http.Response notOcpp = client.post("/chargers/" + simulated + "/maintenance/reset", "{\"type\":\"SOFT\"}");
        assertThat(notOcpp.status()).as(notOcpp.body()).isEqualTo(422);
        assertThat(notOcpp.isProblem()).isTrue();

        Http.Response another = newClient().post("/chargers/" + simulated + "/maintenance/unlock-connector", "{\"connectorId\":1}");
        assertThat(another.status()).as(another.body()).isEqualTo(404);
        assertThat(another.isProblem()).isTrue();
    }

    @Test
    void badInputNamesTheField() {
        Http.Client client = newClient();
        String charger = client.simulatedCharger("mia", "sim-" + UUID.randomUUID());
        assertField(client.post("/chargers/" + charger + "/maintenance/reset", "{}"), "type");
        assertField(client.post("/chargers/" + charger + "/maintenance/reset", "{\"type\":\"MEDIUM\"}"), "type");
        assertField(client.post("/chargers/" + charger + "/maintenance/unlock-connector", "{\"connectorId\":0}"), "connectorId");
        assertField(client.post("/chargers/" + charger + "/maintenance/unlock-connector", "{}"), "connectorId");
    }

    private static void assertField(Http.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("detail").asString()).as(response.body()).contains(field);
    }

    private String endpoint() {
        return "ws://localhost:" + port + "/ocpp";
    }

    private static String onlyChargerId(Http.Client client, String userId) {
        JsonNode chargers = client.get("/users/" + userId + "/chargers").json().get("data");
        assertThat(chargers).hasSize(1);
        return chargers.get(0).get("id").asString();
    }

    private static String identity() {
        return "CP-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
