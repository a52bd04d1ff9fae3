package io.evpair.app.ocpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.evpair.adapters.ocpp.OcppChargingCommands;
import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import io.evpair.engine.control.CommandResult;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.observations.Observation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * A whole OCPP 1.6J session with a real charge point (ocpp-rpc in strict mode): a client links, the charge point
 * claims itself with the link token, boots, is plugged in, reports meter values, is started and stopped from
 * evpair, and is unplugged.
 */
class OcppChargingSessionTest extends IntegrationTest {
    @Autowired
    OcppChargingCommands commands;
    @Autowired
    RecordingObservationSink observations;
    @Value("${local.server.port}")
    int port;

    @Test
    void bootPlugInMeterValuesRemoteStartAndStop() {
        Http.Client client = newClient();
        String chargePointId = "CP-" + UUID.randomUUID().toString().substring(0, 8);
        String token = link(client, "olga");
        Instant testStart = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);

        try (OcppChargePoint cp = OcppChargePoint.start("ws://localhost:" + port + "/ocpp", chargePointId, token)) {
            cp.answer("GetConfiguration", """
                    {"configurationKey":[{"key":"ChargingScheduleAllowedChargingRateUnit","readonly":true,"value":"Current,Power"}]}""");
            assertThat(cp.connect().get("type").asString()).isEqualTo("connected");

            JsonNode boot = cp.call("BootNotification", "{\"chargePointVendor\":\"Easee\",\"chargePointModel\":\"Home\"}");
            assertThat(boot.get("result").get("status").asString()).isEqualTo("Accepted");
            assertThat(boot.get("result").get("interval").asInt()).isPositive();

            JsonNode charger = onlyCharger(client, "olga");
            UUID chargerId = UUID.fromString(charger.get("id").asString());
            assertThat(charger.get("vendor").asString()).isEqualTo("OCPP");
            assertThat(charger.get("information").get("brand").asString()).isEqualTo("Easee");
            assertThat(charger.get("information").get("model").asString()).isEqualTo("Home");
            assertThat(cp.nextHousekeeping().get("method").asString()).isEqualTo("GetConfiguration");
            JsonNode sampled = skipTriggers(cp);
            assertThat(sampled.get("method").asString()).isEqualTo("ChangeConfiguration");
            assertThat(sampled.get("params").get("key").asString()).isEqualTo("MeterValuesSampledData");
            DeviceAddress address = new DeviceAddress(chargerId, DeviceType.CHARGER, Vendor.OCPP, chargePointId);

            ok(cp.call("StatusNotification", status("Preparing", "2026-03-02T08:00:00Z")));
            ok(cp.call("MeterValues", """
                    {"connectorId":1,"meterValue":[{"timestamp":"2026-03-02T08:00:05Z","sampledValue":[
                      {"value":"1000","measurand":"Energy.Active.Import.Register","unit":"Wh"},
                      {"value":"0","measurand":"Power.Active.Import","unit":"W"}]}]}"""));

            assertThat(commands.startCharging(address)).isEqualTo(new CommandResult.Accepted());
            JsonNode remoteStart = cp.nextRequest();
            assertThat(remoteStart.get("method").asString()).isEqualTo("RemoteStartTransaction");
            assertThat(remoteStart.get("params").get("connectorId").asInt()).isEqualTo(1);

            JsonNode started = cp.call("StartTransaction", """
                    {"connectorId":1,"idTag":"%s","meterStart":1000,"timestamp":"2026-03-02T08:00:10Z"}"""
                    .formatted(remoteStart.get("params").get("idTag").asString()));
            assertThat(started.get("result").get("idTagInfo").get("status").asString()).isEqualTo("Accepted");
            int transactionId = started.get("result").get("transactionId").asInt();
            ok(cp.call("StatusNotification", status("Charging", "2026-03-02T08:00:11Z")));
            ok(cp.call("MeterValues", """
                    {"connectorId":1,"transactionId":%d,"meterValue":[{"timestamp":"2026-03-02T08:15:00Z","sampledValue":[
                      {"value":"2.85","measurand":"Energy.Active.Import.Register","unit":"kWh"},
                      {"value":"7400","measurand":"Power.Active.Import","unit":"W"}]}]}""".formatted(transactionId)));
            JsonNode charging = client.get("/chargers/" + chargerId).json().get("chargeState");
            assertThat(charging.get("isCharging").asBoolean()).isTrue();
            assertThat(charging.get("chargeRate").asDouble()).isEqualTo(7.4);
            assertThat(charging.get("powerDeliveryState").asString()).isEqualTo("PLUGGED_IN:CHARGING");

            assertThat(commands.setMaxCurrent(address, 16)).isEqualTo(new CommandResult.Accepted());
            JsonNode maxCurrent = cp.nextRequest().get("params").get("csChargingProfiles");
            assertThat(maxCurrent.get("chargingProfilePurpose").asString()).isEqualTo("TxDefaultProfile");
            assertThat(maxCurrent.get("chargingSchedule").get("chargingRateUnit").asString()).isEqualTo("A");
            assertThat(maxCurrent.get("chargingSchedule").get("chargingSchedulePeriod").get(0).get("limit").asDouble()).isEqualTo(16.0);
            cp.answer("SetChargingProfile", "{\"status\":\"Rejected\"}");
            assertThat(commands.setChargeRateLimit(address, 3.7)).isInstanceOf(CommandResult.Rejected.class);
            JsonNode rateLimit = cp.nextRequest().get("params").get("csChargingProfiles");
            assertThat(rateLimit.get("chargingProfilePurpose").asString()).isEqualTo("TxProfile");
            assertThat(rateLimit.get("transactionId").asInt()).isEqualTo(transactionId);
            assertThat(rateLimit.get("chargingSchedule").get("chargingRateUnit").asString()).isEqualTo("W");
            assertThat(rateLimit.get("chargingSchedule").get("chargingSchedulePeriod").get(0).get("limit").asDouble()).isEqualTo(3700.0);

            assertThat(commands.stopCharging(address)).isEqualTo(new CommandResult.Accepted());
            JsonNode remoteStop = cp.nextRequest();
            assertThat(remoteStop.get("method").asString()).isEqualTo("RemoteStopTransaction");
            assertThat(remoteStop.get("params").get("transactionId").asInt()).isEqualTo(transactionId);

            ok(cp.call("StopTransaction", """
                    {"transactionId":%d,"meterStop":3100,"timestamp":"2026-03-02T08:20:00Z","reason":"Remote"}"""
                    .formatted(transactionId)));
            ok(cp.call("StatusNotification", status("Finishing", "2026-03-02T08:20:01Z")));
            ok(cp.call("StatusNotification", status("Available", "2026-03-02T08:25:00Z")));

            List<Observation> seen = observations.of(chargerId);
            assertThat(seen).allSatisfy(o -> assertThat(o.deviceType()).isEqualTo(DeviceType.CHARGER));
            // Boot is a sign of life only; then each message with its readings, at the charge point's time.
            assertThat(seen).extracting(Observation::observedAt, Observation::pluggedIn, Observation::charging,
                            Observation::chargeRateKw, Observation::meterKwh)
                    .containsSubsequence(
                            tuple(at("2026-03-02T08:00:00Z"), true, false, 0.0, null),
                            tuple(at("2026-03-02T08:00:05Z"), true, false, 0.0, 1.0),
                            tuple(at("2026-03-02T08:00:10Z"), true, false, 0.0, 1.0),
                            tuple(at("2026-03-02T08:00:11Z"), true, true, null, null),
                            tuple(at("2026-03-02T08:15:00Z"), true, true, 7.4, 2.85),
                            tuple(at("2026-03-02T08:20:00Z"), true, false, 0.0, 3.1),
                            tuple(at("2026-03-02T08:20:01Z"), true, false, 0.0, null),
                            tuple(at("2026-03-02T08:25:00Z"), false, false, 0.0, null));
            assertThat(seen.get(0).pluggedIn()).isNull();
            assertThat(seen).allSatisfy(o -> assertThat(o.receivedAt()).isAfterOrEqualTo(testStart));
            JsonNode after = client.get("/chargers/" + chargerId).json();
            assertThat(after.get("chargeState").get("isPluggedIn").asBoolean()).isFalse();
            assertThat(after.get("chargeState").get("isCharging").asBoolean()).isFalse();
            assertThat(after.get("chargeState").get("chargeRate").asDouble()).isZero();
            assertThat(after.get("chargeState").get("powerDeliveryState").asString()).isEqualTo("UNPLUGGED");
            assertThat(Instant.parse(after.get("lastSeen").asString())).isAfterOrEqualTo(testStart);
            assertThat(after.get("isReachable").asBoolean()).isTrue();
        }
    }

    /** The next housekeeping call that is not a TriggerMessage (those are sent on connect, before boot). */
    private static JsonNode skipTriggers(OcppChargePoint cp) {
        JsonNode call = cp.nextHousekeeping();
        while (call.get("method").asString().equals("TriggerMessage")) {
            call = cp.nextHousekeeping();
        }
        return call;
    }

    private String link(Http.Client client, String userId) {
        Http.Response linked = client.post("/users/" + userId + "/link", """
                {"vendor":"OCPP","vendorType":"charger","scopes":["charger:read:data","charger:control:charging"],
                 "language":"en-US","redirectUri":"https://app.example.com/linked"}""");
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        return linked.json().get("linkToken").asString();
    }

    private static JsonNode onlyCharger(Http.Client client, String userId) {
        JsonNode chargers = client.get("/users/" + userId + "/chargers").json().get("data");
        assertThat(chargers).hasSize(1);
        return chargers.get(0);
    }

    private static String status(String status, String timestamp) {
        return "{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"%s\",\"timestamp\":\"%s\"}".formatted(status, timestamp);
    }

    private static void ok(JsonNode reply) {
        assertThat(reply.get("type").asString()).as(reply.toString()).isEqualTo("result");
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
