package io.evpair.app.ocpp;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Issue 17 item 8 / issue 18 item 1: a charge point whose clock runs a year ahead does not freeze its charger; its
 * reports are dated at their receipt. An instant beyond RFC 3339's years is a CALLERROR, not an InternalError.
 */
class OcppChargerClockTest extends IntegrationTest {
    @Value("${local.server.port}")
    int port;

    @Test
    void aChargerWithItsClockAYearAheadIsDatedAtReceiptAndKeepsBeingFollowed() {
        Http.Client client = newClient();
        String chargePointId = "CP-" + UUID.randomUUID().toString().substring(0, 8);
        String token = OcppHandshakeTest.link(client, "yara");
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        try (OcppChargePoint cp = OcppChargePoint.start("ws://localhost:" + port + "/ocpp", chargePointId, token)) {
            assertThat(cp.connect().get("type").asString()).isEqualTo("connected");
            ok(cp.call("BootNotification", "{\"chargePointVendor\":\"Acme\",\"chargePointModel\":\"Wrong Clock\"}"));
            String chargerId = client.get("/users/yara/chargers").json().get("data").get(0).get("id").asString();

            ok(cp.call("StatusNotification", status("Preparing", before.plus(Duration.ofDays(365)))));
            JsonNode plugged = client.get("/chargers/" + chargerId).json().get("chargeState");
            assertThat(plugged.get("isPluggedIn").asBoolean()).isTrue();
            assertThat(Instant.parse(plugged.get("lastUpdated").asString())).isBefore(Instant.now().plusSeconds(1));

            // The clock is put right; its next report is later than the (bounded) first, so it counts.
            ok(cp.call("StatusNotification", status("Available", Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS))));
            assertThat(client.get("/chargers/" + chargerId).json().get("chargeState").get("isPluggedIn").asBoolean()).isFalse();
        }
    }

    @Test
    void aTimestampBeyondTheYear9999IsACallErrorNotAnInternalError() {
        String id = "CP-" + UUID.randomUUID().toString().substring(0, 8);
        try (ChargePointSocket cp = ChargePointSocket.open(port, id, OcppHandshakeTest.link(newClient(), "zeno")).socket()) {
            JsonNode error = Http.parse(cp.exchange("[2,\"t1\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":"
                    + "\"NoError\",\"status\":\"Preparing\",\"timestamp\":\"+999999999-12-31T23:59:59Z\"}]"));
            assertThat(error.get(0).asInt()).as(error.toString()).isEqualTo(4);
            assertThat(error.get(2).asString()).isEqualTo("PropertyConstraintViolation");

            JsonNode heartbeat = Http.parse(cp.exchange("[2,\"t2\",\"Heartbeat\",{}]"));
            assertThat(heartbeat.get(0).asInt()).isEqualTo(3);
        }
    }

    private static String status(String status, Instant timestamp) {
        return "{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"%s\",\"timestamp\":\"%s\"}".formatted(status, timestamp);
    }

    private static void ok(JsonNode reply) {
        assertThat(reply.get("type").asString()).as(reply.toString()).isEqualTo("result");
    }
}
