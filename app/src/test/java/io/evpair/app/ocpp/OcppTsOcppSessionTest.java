package io.evpair.app.ocpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * The same 1.6J session with a second charge point implementation nobody here wrote, @voltbras/ts-ocpp, which
 * checks every CALL either way against its own copy of the OCPP 1.6 schemas: it boots, reports status,
 * a transaction and meter values, and is started, limited and stopped through the API until each action is
 * CONFIRMED by what it reports.
 */
class OcppTsOcppSessionTest extends IntegrationTest {
    @Value("${local.server.port}")
    int port;

    @Test
    void bootStatusTransactionAndMeterValuesAndCommandsThroughTheApi() {
        Http.Client client = newClient();
        String token = OcppHandshakeTest.link(client, "tess");
        String identity = "CP-" + UUID.randomUUID().toString().substring(0, 8);
        try (OcppChargePoint cp = OcppChargePoint.startTsOcpp("ws://localhost:" + port + "/ocpp", identity, token)) {
            JsonNode connected = cp.connect();
            assertThat(connected.get("type").asString()).as(connected.toString()).isEqualTo("connected");
            assertThat(connected.get("protocol").asString()).isEqualTo("ocpp1.6");
            JsonNode boot = ok(cp.call("BootNotification", """
                    {"chargePointVendor":"Wallbox","chargePointModel":"Pulsar Plus","chargePointSerialNumber":"WB-77"}"""));
            assertThat(boot.get("status").asString()).isEqualTo("Accepted");

            JsonNode charger = client.get("/users/tess/chargers").json().get("data").get(0);
            String chargerId = charger.get("id").asString();
            assertThat(charger.get("information").get("brand").asString()).isEqualTo("Wallbox");
            assertThat(charger.get("information").get("serialNumber").asString()).isEqualTo("WB-77");

            Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            ok(cp.call("StatusNotification", status("Preparing", t)));
            ok(cp.call("MeterValues", meterValues(null, t.plusSeconds(1), 1000, 0)));
            JsonNode plugged = client.get("/chargers/" + chargerId).json();
            assertThat(plugged.get("isReachable").asBoolean()).isTrue();
            assertThat(plugged.get("chargeState").get("isPluggedIn").asBoolean()).isTrue();
            assertThat(plugged.get("chargeState").get("isCharging").asBoolean()).isFalse();

            String start = action(client.post("/chargers/" + chargerId + "/charging", "{\"action\":\"START\"}"));
            JsonNode remoteStart = cp.nextRequest();
            assertThat(remoteStart.get("method").asString()).isEqualTo("RemoteStartTransaction");
            JsonNode started = ok(cp.call("StartTransaction", """
                    {"connectorId":%d,"idTag":"%s","meterStart":1000,"timestamp":"%s"}""".formatted(
                    remoteStart.get("params").get("connectorId").asInt(), remoteStart.get("params").get("idTag").asString(),
                    Instant.now())));
            int transactionId = started.get("transactionId").asInt();
            ok(cp.call("StatusNotification", status("Charging", Instant.now())));
            confirmedWhileReporting(client, start,
                    () -> ok(cp.call("MeterValues", meterValues(transactionId, Instant.now(), 1200, 7400))));
            JsonNode charging = client.get("/chargers/" + chargerId).json().get("chargeState");
            assertThat(charging.get("isCharging").asBoolean()).isTrue();
            assertThat(charging.get("chargeRate").asDouble()).isEqualTo(7.4);

            String limit = action(client.post("/chargers/" + chargerId + "/charge-rate-limit", "{\"chargeRateLimit\":3.7}"));
            JsonNode profile = cp.nextRequest();
            assertThat(profile.get("method").asString()).isEqualTo("SetChargingProfile");
            assertThat(profile.get("params").get("csChargingProfiles").get("transactionId").asInt()).isEqualTo(transactionId);
            confirmedWhileReporting(client, limit,
                    () -> ok(cp.call("MeterValues", meterValues(transactionId, Instant.now(), 1300, 3680))));

            String stop = action(client.post("/chargers/" + chargerId + "/charging", "{\"action\":\"STOP\"}"));
            JsonNode remoteStop = cp.nextRequest();
            assertThat(remoteStop.get("method").asString()).isEqualTo("RemoteStopTransaction");
            assertThat(remoteStop.get("params").get("transactionId").asInt()).isEqualTo(transactionId);
            ok(cp.call("StopTransaction", """
                    {"transactionId":%d,"meterStop":1400,"timestamp":"%s","reason":"Remote"}"""
                    .formatted(transactionId, Instant.now())));
            confirmedWhileReporting(client, stop, () -> ok(cp.call("StatusNotification", status("Finishing", Instant.now()))));
            JsonNode after = client.get("/chargers/" + chargerId).json().get("chargeState");
            assertThat(after.get("isCharging").asBoolean()).isFalse();
            assertThat(after.get("isPluggedIn").asBoolean()).isTrue();
            assertThat(after.get("chargeRate").asDouble()).isZero();
        }
    }

    private static String status(String status, Instant at) {
        return "{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"%s\",\"timestamp\":\"%s\"}".formatted(status, at);
    }

    private static String meterValues(Integer transactionId, Instant at, int wh, int watts) {
        return """
                {"connectorId":1,%s"meterValue":[{"timestamp":"%s","sampledValue":[
                  {"value":"%d","measurand":"Energy.Active.Import.Register","unit":"Wh"},
                  {"value":"%d","measurand":"Power.Active.Import","unit":"W"}]}]}""".formatted(
                transactionId == null ? "" : "\"transactionId\":" + transactionId + ",", at, wh, watts);
    }

    private static String action(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("state").asString()).isEqualTo("PENDING");
        return response.json().get("id").asString();
    }

    /**
     * As a charge point does every MeterValueSampleInterval, it reports again until the action is confirmed: a
     * report that arrives before evpair has recorded the charge point's Accepted cannot confirm it.
     */
    private static void confirmedWhileReporting(Http.Client client, String actionId, Runnable report) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(300)).until(() -> {
            report.run();
            return "CONFIRMED".equals(client.get("/chargers/actions/" + actionId).json().get("state").asString());
        });
    }

    private static JsonNode ok(JsonNode reply) {
        assertThat(reply.get("type").asString()).as(reply.toString()).isEqualTo("result");
        return reply.get("result");
    }
}
