package io.evpair.app.ocpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evpair.adapters.ocpp.OcppChargingCommands;
import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import io.evpair.engine.control.CommandResult;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.chargepoints.ChargePointTransactions;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.observations.Observation;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** Charge points drop and come back: a newer connection wins, and a running transaction outlives its socket. */
class OcppReconnectTest extends IntegrationTest {
    @Autowired
    OcppChargingCommands commands;
    @Autowired
    RecordingObservationSink observations;
    @Value("${local.server.port}")
    int port;

    @Test
    void aSecondConnectionWithTheSameIdentityClosesTheFirst() {
        String id = identity();
        String token = OcppHandshakeTest.link(newClient(), "nora");
        ChargePointSocket first = ChargePointSocket.open(port, id, token).socket();

        ChargePointSocket second = ChargePointSocket.open(port, id, token).socket();

        assertThat(first.next()).startsWith("closed ");
        JsonNode heartbeat = Http.parse(second.exchange("[2,\"h1\",\"Heartbeat\",{}]"));
        assertThat(heartbeat.get(0).asInt()).isEqualTo(3);
        second.close();
    }

    @Test
    void aRetransmittedStartTransactionGetsTheSameTransactionId() {
        String id = identity();
        String token = OcppHandshakeTest.link(newClient(), "nora");
        String start = "[2,\"start-1\",\"StartTransaction\",{\"connectorId\":1,\"idTag\":\"card\",\"meterStart\":100,"
                + "\"timestamp\":\"2026-03-02T08:00:00Z\"}]";
        try (ChargePointSocket cp = ChargePointSocket.open(port, id, token).socket()) {
            int first = Http.parse(cp.exchange(start)).get(2).get("transactionId").asInt();
            int retransmitted = Http.parse(cp.exchange(start)).get(2).get("transactionId").asInt();

            assertThat(retransmitted).isEqualTo(first);
            String another = start.replace("start-1", "start-2").replace("08:00:00Z", "09:00:00Z");
            assertThat(Http.parse(cp.exchange(another)).get(2).get("transactionId").asInt()).isNotEqualTo(first);
        }
    }

    @Test
    void theRunningTransactionOutlivesAReconnectAndTheStateIsAskedFor() {
        Http.Client client = newClient();
        String id = identity();
        String token = OcppHandshakeTest.link(client, "nora");
        int transactionId = startTransactionAndDrop(id, token, "card");
        UUID chargerId = UUID.fromString(client.get("/users/nora/chargers").json().get("data").get(0).get("id").asString());
        DeviceAddress address = new DeviceAddress(chargerId, DeviceType.CHARGER, Vendor.OCPP, id);

        try (OcppChargePoint cp = OcppChargePoint.start("ws://localhost:" + port + "/ocpp", id, token)) {
            cp.connect();
            assertThat(cp.nextHousekeeping().get("method").asString()).isEqualTo("GetConfiguration");
            JsonNode status = cp.nextHousekeeping();
            assertThat(status.get("method").asString()).isEqualTo("TriggerMessage");
            assertThat(status.get("params").get("requestedMessage").asString()).isEqualTo("StatusNotification");
            JsonNode meter = cp.nextHousekeeping();
            assertThat(meter.get("params").get("requestedMessage").asString()).isEqualTo("MeterValues");
            assertThat(meter.get("params").get("connectorId").asInt()).isEqualTo(1);

            assertThat(commands.stopCharging(address)).isEqualTo(new CommandResult.Accepted());
            JsonNode stop = cp.nextRequest();
            assertThat(stop.get("method").asString()).isEqualTo("RemoteStopTransaction");
            assertThat(stop.get("params").get("transactionId").asInt()).isEqualTo(transactionId);
        }
    }

    @Test
    void theSessionsIdTagOutlivesAReconnect() {
        Http.Client client = newClient();
        String id = identity();
        String token = OcppHandshakeTest.link(client, "nora");
        int transactionId = startTransactionAndDrop(id, token, "card-42");
        UUID chargerId = UUID.fromString(client.get("/users/nora/chargers").json().get("data").get(0).get("id").asString());

        try (OcppChargePoint cp = OcppChargePoint.start("ws://localhost:" + port + "/ocpp", id, token)) {
            cp.connect();
            // no StatusNotification yet: the running transaction alone says a cable is in, and whose it is
            cp.call("MeterValues", """
                    {"connectorId":1,"transactionId":%d,"meterValue":[{"timestamp":"2026-03-02T08:30:00Z","sampledValue":[
                      {"value":"4000","measurand":"Energy.Active.Import.Register","unit":"Wh"},
                      {"value":"7400","measurand":"Power.Active.Import","unit":"W"}]}]}""".formatted(transactionId));
        }

        Observation reading = observations.of(chargerId).stream()
                .filter(o -> o.observedAt().equals(Instant.parse("2026-03-02T08:30:00Z"))).findFirst().orElseThrow();
        assertThat(reading.idTag()).isEqualTo("card-42");
        assertThat(reading.pluggedIn()).isTrue();
    }

    @Test
    void aChargerIsUnreachableOnceItsSocketIsGone() {
        Http.Client client = newClient();
        String id = identity();
        String token = OcppHandshakeTest.link(client, "nora");
        ChargePointSocket cp = ChargePointSocket.open(port, id, token).socket();
        cp.exchange("[2,\"h1\",\"Heartbeat\",{}]");
        String chargerId = client.get("/users/nora/chargers").json().get("data").get(0).get("id").asString();
        assertThat(client.get("/chargers/" + chargerId).json().get("isReachable").asBoolean()).isTrue();

        cp.close();

        await().atMost(Duration.ofSeconds(10)).until(() ->
                !client.get("/chargers/" + chargerId).json().get("isReachable").asBoolean());
    }

    /** A charge point boots, starts a transaction and drops its connection; returns the transaction's id. */
    private int startTransactionAndDrop(String id, String token, String idTag) {
        try (OcppChargePoint cp = OcppChargePoint.start("ws://localhost:" + port + "/ocpp", id, token)) {
            cp.connect();
            cp.call("BootNotification", "{\"chargePointVendor\":\"Easee\",\"chargePointModel\":\"Home\"}");
            return cp.call("StartTransaction", """
                    {"connectorId":1,"idTag":"%s","meterStart":1000,"timestamp":"2026-03-02T08:00:10Z"}"""
                    .formatted(idTag)).get("result").get("transactionId").asInt();
        }
    }

    private static String identity() {
        return "CP-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
