package io.evpair.app.ocpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.adapters.ocpp.OcppChargingCommands;
import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import io.evpair.engine.control.CommandResult;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.Vendor;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * A whole OCPP 2.0.1 session with a real charging station (ocpp-rpc in strict mode, so every message both ways
 * is checked against the OCPP 2.0.1 JSON schemas): it offers 1.6 and 2.0.1 and gets 2.0.1, boots, is plugged
 * in, started, limited and stopped from evpair.
 */
class OcppChargingStationSessionTest extends IntegrationTest {
    @Autowired
    OcppChargingCommands commands;
    @Value("${local.server.port}")
    int port;

    @Test
    void bootTransactionEventsAndCommandsOver201() {
        Http.Client client = newClient();
        String id = "CS-" + UUID.randomUUID().toString().substring(0, 8);
        String token = OcppHandshakeTest.link(client, "wanda");
        try (OcppChargePoint cs = OcppChargePoint.start("ws://localhost:" + port + "/ocpp", id, token, "ocpp1.6,ocpp2.0.1")) {
            JsonNode connected = cs.connect();
            assertThat(connected.get("type").asString()).isEqualTo("connected");
            assertThat(connected.get("protocol").asString()).isEqualTo("ocpp2.0.1");
            assertThat(cs.nextHousekeeping().get("method").asString()).isEqualTo("GetVariables");

            JsonNode boot = cs.call("BootNotification",
                    "{\"reason\":\"PowerUp\",\"chargingStation\":{\"vendorName\":\"Alfen\",\"model\":\"Eve\",\"serialNumber\":\"ACE1\"}}");
            assertThat(boot.get("result").get("status").asString()).isEqualTo("Accepted");
            JsonNode charger = client.get("/users/wanda/chargers").json().get("data").get(0);
            UUID chargerId = UUID.fromString(charger.get("id").asString());
            assertThat(charger.get("information").get("brand").asString()).isEqualTo("Alfen");
            assertThat(charger.get("information").get("serialNumber").asString()).isEqualTo("ACE1");
            DeviceAddress address = new DeviceAddress(chargerId, DeviceType.CHARGER, Vendor.OCPP, id);

            ok(cs.call("StatusNotification", "{\"timestamp\":\"%s\",\"connectorStatus\":\"Occupied\",\"evseId\":1,\"connectorId\":1}"
                    .formatted(Instant.now())));
            ok(cs.call("Authorize", "{\"idToken\":{\"idToken\":\"04A1B2C3\",\"type\":\"ISO14443\"}}"));
            ok(cs.call("NotifyEVChargingNeeds", "{\"evseId\":1,\"chargingNeeds\":{\"requestedEnergyTransfer\":\"AC_three_phase\"}}"));

            assertThat(commands.startCharging(address)).isEqualTo(new CommandResult.Accepted());
            JsonNode start = cs.nextRequest();
            assertThat(start.get("method").asString()).isEqualTo("RequestStartTransaction");
            assertThat(start.get("params").get("evseId").asInt()).isEqualTo(1);

            ok(cs.call("TransactionEvent", """
                    {"eventType":"Started","timestamp":"%s","triggerReason":"RemoteStart","seqNo":0,
                     "transactionInfo":{"transactionId":"tx-%s","chargingState":"Charging","remoteStartId":%d},
                     "evse":{"id":1,"connectorId":1},"idToken":{"idToken":"5C:F3:70:00:00:01","type":"MacAddress"},
                     "meterValue":[{"timestamp":"%s","sampledValue":[
                       {"value":7.4,"measurand":"Power.Active.Import","unitOfMeasure":{"unit":"kW"}},
                       {"value":1200,"measurand":"Energy.Active.Import.Register","unitOfMeasure":{"unit":"Wh"}}]}]}"""
                    .formatted(Instant.now(), id, start.get("params").get("remoteStartId").asInt(), Instant.now())));
            JsonNode charging = client.get("/chargers/" + chargerId).json().get("chargeState");
            assertThat(charging.get("isCharging").asBoolean()).isTrue();
            assertThat(charging.get("chargeRate").asDouble()).isEqualTo(7.4);

            assertThat(commands.setChargeRateLimit(address, 3.7)).isEqualTo(new CommandResult.Accepted());
            JsonNode profile = cs.nextRequest().get("params");
            assertThat(profile.get("evseId").asInt()).isEqualTo(1);
            assertThat(profile.get("chargingProfile").get("chargingProfilePurpose").asString()).isEqualTo("TxProfile");
            assertThat(profile.get("chargingProfile").get("transactionId").asString()).isEqualTo("tx-" + id);
            assertThat(profile.get("chargingProfile").get("chargingSchedule").get(0).get("chargingRateUnit").asString())
                    .isEqualTo("W");
            assertThat(commands.clearChargeRateLimit(address)).isEqualTo(new CommandResult.Accepted());
            assertThat(cs.nextRequest().get("method").asString()).isEqualTo("ClearChargingProfile");

            assertThat(commands.stopCharging(address)).isEqualTo(new CommandResult.Accepted());
            JsonNode stop = cs.nextRequest();
            assertThat(stop.get("method").asString()).isEqualTo("RequestStopTransaction");
            assertThat(stop.get("params").get("transactionId").asString()).isEqualTo("tx-" + id);

            ok(cs.call("TransactionEvent", """
                    {"eventType":"Ended","timestamp":"%s","triggerReason":"RemoteStop","seqNo":1,
                     "transactionInfo":{"transactionId":"tx-%s","chargingState":"EVConnected","stoppedReason":"Remote"}}"""
                    .formatted(Instant.now(), id)));
            ok(cs.call("Heartbeat", "{}"));
            JsonNode stopped = client.get("/chargers/" + chargerId).json();
            assertThat(stopped.get("chargeState").get("isCharging").asBoolean()).isFalse();
            assertThat(stopped.get("chargeState").get("isPluggedIn").asBoolean()).isTrue();
            assertThat(stopped.get("isReachable").asBoolean()).isTrue();
        }
    }

    private static void ok(JsonNode reply) {
        assertThat(reply.get("type").asString()).as(reply.toString()).isEqualTo("result");
    }
}
