package io.evpair.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A simulated household over HTTP, the way an evaluation tool drives evpair (SPEC §6.1); times from {@link #T0}. */
public final class Simulation {
    public static final Instant T0 = Instant.parse("2026-03-04T18:00:00Z");

    private Simulation() {
    }

    public static JsonNode action(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    public static List<String> commands(Http.Client client, String vendorDeviceId) {
        List<String> out = new ArrayList<>();
        client.get("/simulator/commands?vendorDeviceId=" + vendorDeviceId).json().get("data")
                .forEach(c -> out.add(c.get("command").asString() + ":" + c.get("outcome").asString()));
        return out;
    }

    public static String vehicle(Http.Client client, String user, String vendorId, boolean capable) {
        Http.Response r = client.post("/simulator/users/" + user + "/vehicles", """
                {"vendorDeviceId":"%s","brand":"Kia","model":"e-Niro","batteryCapacityKwh":64,
                 "capabilities":{"startCharging":%s,"stopCharging":%s,"setChargeRateLimit":false}}"""
                .formatted(vendorId, capable, capable));
        return r.json().get("id").asString();
    }

    public static String charger(Http.Client client, String user, String vendorId, boolean capable) {
        Http.Response r = client.post("/simulator/users/" + user + "/chargers", """
                {"vendorDeviceId":"%s","address":null,
                 "capabilities":{"startCharging":%s,"stopCharging":%s,"setChargeRateLimit":%s,"setMaxCurrent":%s}}"""
                .formatted(vendorId, capable, capable, capable, capable));
        return r.json().get("id").asString();
    }

    /** Both plugged in at minute {@code from} and charging until {@code to}: enough for the engine to pair them. */
    public static void plugInAndCharge(Http.Client client, String vehicle, String charger, int from, int to) {
        List<String> rows = new ArrayList<>();
        for (int minute = from; minute <= to; minute += 2) {
            boolean charging = minute >= from + 1;
            rows.add(row(charger, "CHARGER", minute, minute, true, charging, charging ? 7.2 : 0.0, null));
            rows.add(row(vehicle, "VEHICLE", minute, minute + 1, true, charging, charging ? 6.5 : 0.0, 40.0 + minute * 0.17));
        }
        report(client, rows.toArray(String[]::new));
        client.post("/simulator/clock", "{\"now\":\"" + T0.plusSeconds((to + 2) * 60L) + "\"}");
    }

    public static void stopCharging(Http.Client client, String vehicle, String charger, int minute) {
        report(client, row(charger, "CHARGER", minute, minute, true, false, 0.0, null),
                row(vehicle, "VEHICLE", minute, minute + 1, true, false, 0.0, 50.5));
    }

    public static void report(Http.Client client, String... rows) {
        Http.Response r = client.post("/simulator/observations", "{\"observations\":[" + String.join(",", rows) + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    public static String row(String device, String type, int observedMinute, int receivedMinute, boolean plugged,
                      boolean charging, double rate, Double battery) {
        return """
                {"vendorDeviceId":"%s","deviceType":"%s","observedAt":"%s","receivedAt":"%s","isPluggedIn":%s,
                 "isCharging":%s,"chargeRateKw":%s,"batteryLevel":%s,"latitude":null,"longitude":null}"""
                .formatted(device, type, T0.plusSeconds(observedMinute * 60L), T0.plusSeconds(receivedMinute * 60L + 5),
                        plugged, charging, rate, battery);
    }
}
