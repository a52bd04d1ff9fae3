package io.evpair.app.ocpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** Commands to OCPP charge points through the API: actions answer at once and are confirmed by what the charger reports. */
class OcppCommandTest extends IntegrationTest {
    @Value("${local.server.port}")
    int port;

    @Test
    void aCommandAnswersAtOnceWithThePendingActionWhileTheChargePointTakesItsTime() {
        Http.Client client = newClient();
        try (ChargePointSocket cp = connectedChargePoint(client)) {
            cp.exchange(status("s1", "Preparing", "2026-03-02T08:00:00Z"));
            String chargerId = onlyCharger(client);

            long before = System.nanoTime();
            Http.Response response = client.post("/chargers/" + chargerId + "/charging", "{\"action\":\"START\"}");
            Duration took = Duration.ofNanos(System.nanoTime() - before);

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().get("state").asString()).isEqualTo("PENDING");
            assertThat(took).isLessThan(Duration.ofSeconds(5));
            JsonNode remoteStart = nextCommand(cp);
            assertThat(remoteStart.get(2).asString()).isEqualTo("RemoteStartTransaction");
            cp.send("[3,\"" + remoteStart.get(1).asString() + "\",{\"status\":\"Accepted\"}]");
            String actionId = response.json().get("id").asString();
            assertThat(client.get("/chargers/actions/" + actionId).json().get("state").asString()).isEqualTo("PENDING");

            cp.exchange(status("s2", "Charging", Instant.now().toString()));
            await().atMost(Duration.ofSeconds(10)).until(() -> "CONFIRMED".equals(
                    client.get("/chargers/actions/" + actionId).json().get("state").asString()));
        }
    }

    @Test
    void energyOnlyMeterValuesConfirmALimitOnlyWhenTheRateTheyImplyIsWithinIt() {
        Http.Client client = newClient();
        try (ChargePointSocket cp = connectedChargePoint(client)) {
            cp.exchange(status("s1", "Preparing", "2026-03-02T08:00:00Z"));
            cp.exchange(status("s2", "Charging", "2026-03-02T08:00:05Z"));
            String chargerId = onlyCharger(client);

            String actionId = client.post("/chargers/" + chargerId + "/charge-rate-limit", "{\"chargeRateLimit\":3.7}")
                    .json().get("id").asString();
            JsonNode profile = nextCommand(cp);
            cp.send("[3,\"" + profile.get(1).asString() + "\",{\"status\":\"Accepted\"}]");

            // The first energy reading says nothing about the rate; the next implies 7.2 kW, above the limit.
            Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            cp.exchange(energy("e1", t, "10000"));
            cp.exchange(energy("e2", t.plusSeconds(1), "10002"));
            assertThat(client.get("/chargers/" + chargerId).json().get("chargeState").get("chargeRate").asDouble())
                    .isCloseTo(7.2, org.assertj.core.data.Offset.offset(0.001));
            assertThat(client.get("/chargers/actions/" + actionId).json().get("state").asString()).isEqualTo("PENDING");

            cp.exchange(energy("e3", t.plusSeconds(2), "10002.8"));
            await().atMost(Duration.ofSeconds(10)).until(() -> "CONFIRMED".equals(
                    client.get("/chargers/actions/" + actionId).json().get("state").asString()));
            JsonNode limited = client.get("/chargers/" + chargerId).json().get("chargeState");
            assertThat(limited.get("chargeRateLimit").asDouble()).isEqualTo(3.7);
            assertThat(limited.get("maxCurrent").isNull()).isTrue();
        }
    }

    @Test
    void aNullChargeRateLimitLiftsOurLimitWithClearChargingProfile() {
        Http.Client client = newClient();
        try (ChargePointSocket cp = connectedChargePoint(client)) {
            cp.exchange(status("s1", "Charging", "2026-03-02T08:00:00Z"));
            String chargerId = onlyCharger(client);

            Http.Response missing = client.post("/chargers/" + chargerId + "/charge-rate-limit", "{}");
            assertThat(missing.status()).isEqualTo(400);
            assertThat(missing.json().get("issues").get(0).get("field").asString()).isEqualTo("chargeRateLimit");

            Http.Response lifted = client.post("/chargers/" + chargerId + "/charge-rate-limit", "{\"chargeRateLimit\":null}");
            assertThat(lifted.status()).as(lifted.body()).isEqualTo(200);
            JsonNode clear = nextCommand(cp);
            assertThat(clear.get(2).asString()).isEqualTo("ClearChargingProfile");
            assertThat(clear.get(3).get("id").asInt()).isEqualTo(1702);
            cp.send("[3,\"" + clear.get(1).asString() + "\",{\"status\":\"Accepted\"}]");
            String actionId = lifted.json().get("id").asString();
            assertThat(client.get("/chargers/actions/" + actionId).json().get("state").asString()).isEqualTo("PENDING");

            cp.exchange(status("s2", "Charging", Instant.now().toString()));
            await().atMost(Duration.ofSeconds(10)).until(() -> "CONFIRMED".equals(
                    client.get("/chargers/actions/" + actionId).json().get("state").asString()));
        }
    }

    private static String energy(String messageId, Instant timestamp, String wh) {
        return "[2,\"" + messageId + "\",\"MeterValues\",{\"connectorId\":1,\"meterValue\":[{\"timestamp\":\"" + timestamp
                + "\",\"sampledValue\":[{\"value\":\"" + wh + "\",\"measurand\":\"Energy.Active.Import.Register\",\"unit\":\"Wh\"}]}]}]";
    }

    private ChargePointSocket connectedChargePoint(Http.Client client) {
        String id = "CP-" + UUID.randomUUID().toString().substring(0, 8);
        return ChargePointSocket.open(port, id, OcppHandshakeTest.link(client, "otto")).socket();
    }

    private static String onlyCharger(Http.Client client) {
        return client.get("/users/otto/chargers").json().get("data").get(0).get("id").asString();
    }

    /** The next call that is not evpair's own housekeeping on connect (GetConfiguration, TriggerMessage). */
    static JsonNode nextCommand(ChargePointSocket cp) {
        while (true) {
            JsonNode call = Http.parse(cp.nextCall());
            if (!Set.of("TriggerMessage", "GetConfiguration").contains(call.get(2).asString())) {
                return call;
            }
        }
    }

    static String status(String messageId, String status, String timestamp) {
        return "[2,\"" + messageId + "\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\""
                + status + "\",\"timestamp\":\"" + timestamp + "\"}]";
    }
}
