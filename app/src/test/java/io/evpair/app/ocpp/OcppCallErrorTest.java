package io.evpair.app.ocpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** Over a real socket: bad frames get CALLERRORs and the connection stays open. */
class OcppCallErrorTest extends IntegrationTest {
    @Value("${local.server.port}")
    int port;

    @Test
    void malformedFramesAreAnsweredAndTheConnectionCarriesOn() {
        String id = "CP-" + UUID.randomUUID().toString().substring(0, 8);
        try (ChargePointSocket cp = ChargePointSocket.open(port, id, OcppHandshakeTest.link(newClient(), "rita")).socket()) {
            assertError(cp.exchange("{this is not json"), "-1", "FormationViolation");
            assertError(cp.exchange("[2,\"a1\",\"Heartbeat\"]"), "a1", "FormationViolation");
            assertError(cp.exchange("[2,\"a2\",\"OpenSesame\",{}]"), "a2", "NotImplemented");
            assertError(cp.exchange("[2,\"a3\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":\"NoError\"}]"),
                    "a3", "OccurenceConstraintViolation");
            assertError(cp.exchange("[2,\"a4\",\"StartTransaction\",{\"connectorId\":\"one\",\"idTag\":\"x\",\"meterStart\":0,"
                    + "\"timestamp\":\"2026-03-02T08:00:00Z\"}]"), "a4", "TypeConstraintViolation");
            assertError(cp.exchangeBinary("[2,\"a5\",\"Heartbeat\",{}]".getBytes(StandardCharsets.UTF_8)), "-1",
                    "FormationViolation");

            JsonNode heartbeat = Http.parse(cp.exchange("[2,\"a6\",\"Heartbeat\",{}]"));
            assertThat(heartbeat.get(0).asInt()).isEqualTo(3);
            assertThat(heartbeat.get(1).asString()).isEqualTo("a6");
            assertThat(heartbeat.get(2).get("currentTime").asString()).isNotBlank();
        }
    }

    @Test
    void aFrameOverTheLimitIsAnsweredAndTheConnectionCarriesOn() {
        String id = "CP-" + UUID.randomUUID().toString().substring(0, 8);
        try (ChargePointSocket cp = ChargePointSocket.open(port, id, OcppHandshakeTest.link(newClient(), "rita")).socket()) {
            String data = "x".repeat(300 * 1024);
            assertError(cp.exchange("[2,\"big\",\"DataTransfer\",{\"vendorId\":\"v\",\"data\":\"" + data + "\"}]"),
                    "big", "FormationViolation");

            String long200k = "y".repeat(200 * 1024);
            JsonNode accepted = Http.parse(cp.exchange("[2,\"long\",\"DataTransfer\",{\"vendorId\":\"v\",\"data\":\""
                    + long200k + "\"}]"));
            assertThat(accepted.get(0).asInt()).isEqualTo(3);
            assertThat(accepted.get(2).get("status").asString()).isEqualTo("UnknownVendorId");
            JsonNode heartbeat = Http.parse(cp.exchange("[2,\"after\",\"Heartbeat\",{}]"));
            assertThat(heartbeat.get(1).asString()).isEqualTo("after");
        }
    }

    private static void assertError(String frame, String messageId, String code) {
        JsonNode error = Http.parse(frame);
        assertThat(error.get(0).asInt()).as(frame).isEqualTo(4);
        assertThat(error.get(1).asString()).isEqualTo(messageId);
        assertThat(error.get(2).asString()).isEqualTo(code);
    }
}
