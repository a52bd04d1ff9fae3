package io.evpair.app.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** SPEC §6.1 observations and clock, and the projection rules, end to end through HTTP and PostgreSQL. */
class SimulatorObservationsTest extends IntegrationTest {
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void observationsBecomeTheVehiclesLiveState() {
        Http.Client client = newClient();
        String id = client.simulatedVehicle("olga", "obs-v-1");

        Http.Response r = client.post("/simulator/observations", batch(
                row("obs-v-1", "VEHICLE", "2026-03-02T18:00:00Z", "2026-03-02T18:01:00Z", true, true, 7.2, 41.0, 59.91, 10.75)));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("accepted").asInt()).isEqualTo(1);
        JsonNode vehicle = client.get("/vehicles/" + id).json();
        JsonNode state = vehicle.get("chargeState");
        assertThat(state.get("isPluggedIn").asBoolean()).isTrue();
        assertThat(state.get("isCharging").asBoolean()).isTrue();
        assertThat(state.get("chargeRate").asDouble()).isEqualTo(7.2);
        assertThat(state.get("batteryLevel").asDouble()).isEqualTo(41.0);
        assertThat(state.get("powerDeliveryState").asString()).isEqualTo("PLUGGED_IN:CHARGING");
        assertThat(state.get("lastUpdated").asString()).isEqualTo("2026-03-02T18:00:00Z");
        assertThat(state.get("chargeTimeRemaining").asDouble()).isPositive();
        assertThat(vehicle.get("lastSeen").asString()).isEqualTo("2026-03-02T18:01:00Z");
        assertThat(vehicle.get("isReachable").asBoolean()).isTrue();
        assertThat(vehicle.get("location").get("latitude").asDouble()).isEqualTo(59.91);
    }

    @Test
    void aLateReportOfAnOlderStateDoesNotOverwriteTheNewer() {
        Http.Client client = newClient();
        String id = client.simulatedCharger("olga", "obs-c-1");

        client.post("/simulator/observations", batch(
                row("obs-c-1", "CHARGER", "2026-03-02T18:10:00Z", "2026-03-02T18:10:05Z", true, true, 11.0, null, null, null)));
        client.post("/simulator/observations", batch(
                row("obs-c-1", "CHARGER", "2026-03-02T18:00:00Z", "2026-03-02T18:12:00Z", false, false, 0.0, null, null, null)));

        JsonNode charger = client.get("/chargers/" + id).json();
        assertThat(charger.get("chargeState").get("isPluggedIn").asBoolean()).isTrue();
        assertThat(charger.get("chargeState").get("chargeRate").asDouble()).isEqualTo(11.0);
        assertThat(charger.get("lastSeen").asString()).isEqualTo("2026-03-02T18:12:00Z");
    }

    @Test
    void aDuplicateDeliveryIsStoredOnce() {
        Http.Client client = newClient();
        String id = client.simulatedVehicle("olga", "obs-v-2");
        String body = batch(row("obs-v-2", "VEHICLE", "2026-03-02T18:00:00Z", "2026-03-02T18:00:30Z", true, false, 0.0, 50.0, null, null));

        client.post("/simulator/observations", body);
        Http.Response again = client.post("/simulator/observations", body);

        assertThat(again.status()).isEqualTo(200);
        assertThat(storedObservations(id)).isEqualTo(1);
    }

    @Test
    void oneBadRowRejectsTheWholeBatchNamingTheRow() {
        Http.Client client = newClient();
        String id = client.simulatedVehicle("olga", "obs-v-3");

        Http.Response r = client.post("/simulator/observations", batch(
                row("obs-v-3", "VEHICLE", "2026-03-02T18:00:00Z", "2026-03-02T18:00:30Z", true, false, 0.0, 50.0, null, null),
                row("obs-v-3", "VEHICLE", "2026-03-02T18:05:00Z", "2026-03-02T18:05:30Z", true, true, 7.0, 51.0, null, null),
                row("no-such-device", "VEHICLE", "2026-03-02T18:06:00Z", "2026-03-02T18:06:30Z", true, true, 7.0, 52.0, null, null)));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("issues").get(0).get("field").asString()).isEqualTo("observations[2].vendorDeviceId");
        assertThat(storedObservations(id)).isZero();
        assertThat(client.get("/vehicles/" + id).json().get("chargeState").get("isPluggedIn").isNull()).isTrue();
    }

    @Test
    void aBadValueIsNamedByRowAndField() {
        Http.Client client = newClient();
        client.simulatedVehicle("olga", "obs-v-4");

        Http.Response badTime = client.post("/simulator/observations", """
                {"observations":[{"vendorDeviceId":"obs-v-4","deviceType":"VEHICLE","observedAt":"yesterday",
                  "receivedAt":"2026-03-02T18:00:00Z"}]}""");
        Http.Response badBattery = client.post("/simulator/observations", batch(
                row("obs-v-4", "VEHICLE", "2026-03-02T18:00:00Z", "2026-03-02T18:00:30Z", true, false, 0.0, 140.0, null, null)));
        Http.Response chargerNotVehicle = client.post("/simulator/observations", batch(
                row("obs-v-4", "CHARGER", "2026-03-02T18:00:00Z", "2026-03-02T18:00:30Z", true, false, 0.0, null, null, null)));

        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.json().get("issues").get(0).get("field").asString()).isEqualTo("observations[0].observedAt");
        assertThat(badBattery.json().get("issues").get(0).get("field").asString()).isEqualTo("observations[0].batteryLevel");
        assertThat(chargerNotVehicle.json().get("issues").get(0).get("field").asString()).isEqualTo("observations[0].vendorDeviceId");
    }

    @Test
    void theVirtualClockMovesForwardOnlyAndDrivesReachability() {
        Http.Client client = newClient();
        String id = client.simulatedVehicle("olga", "obs-v-5");
        client.post("/simulator/observations", batch(
                row("obs-v-5", "VEHICLE", "2026-03-02T18:00:00Z", "2026-03-02T18:00:00Z", true, false, 0.0, 50.0, null, null)));

        Http.Response later = client.post("/simulator/clock", "{\"now\":\"2026-03-02T20:00:00Z\"}");
        Http.Response back = client.post("/simulator/clock", "{\"now\":\"2026-03-02T19:00:00Z\"}");

        assertThat(later.json().get("now").asString()).isEqualTo("2026-03-02T20:00:00Z");
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.json().get("now").asString()).isEqualTo("2026-03-02T20:00:00Z");
        assertThat(client.get("/vehicles/" + id).json().get("isReachable").asBoolean()).isFalse();
    }

    @Test
    void theClockNeedsAnInstant() {
        Http.Client client = newClient();

        Http.Response r = client.post("/simulator/clock", "{}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("issues").get(0).get("field").asString()).isEqualTo("now");
    }

    @Test
    void pairListingsAnswerInTheirShapes() {
        Http.Client client = newClient();
        String vehicle = client.simulatedVehicle("pia", "obs-v-6");
        String charger = client.simulatedCharger("pia", "obs-c-6");

        JsonNode established = client.get("/users/pia/charging-pairs").json();
        JsonNode active = client.get("/charging-pairs").json();

        assertThat(established.get("data").size()).isEqualTo(1);
        assertThat(established.get("data").get(0).get("vehicleId").asString()).isEqualTo(vehicle);
        assertThat(established.get("data").get(0).get("chargerId").asString()).isEqualTo(charger);
        assertThat(established.get("data").get(0).get("state").asString()).isEqualTo("ESTABLISHED");
        assertThat(active.get("data").size()).isZero();
        assertThat(client.get("/users/pia/charging-pairs/history").json().get("data").size()).isZero();
    }

    private int storedObservations(String deviceId) {
        return jdbc.queryForObject("select count(*) from observation where device_id = ?", Integer.class, UUID.fromString(deviceId));
    }

    static String batch(String... rows) {
        return "{\"observations\":[" + String.join(",", rows) + "]}";
    }

    static String row(String vendorDeviceId, String type, String observedAt, String receivedAt, Boolean plugged,
                      Boolean charging, Double rate, Double battery, Double lat, Double lon) {
        return """
                {"vendorDeviceId":"%s","deviceType":"%s","observedAt":"%s","receivedAt":"%s","isPluggedIn":%s,
                 "isCharging":%s,"chargeRateKw":%s,"batteryLevel":%s,"latitude":%s,"longitude":%s}"""
                .formatted(vendorDeviceId, type, observedAt, receivedAt, plugged, charging, rate, battery, lat, lon);
    }
}
