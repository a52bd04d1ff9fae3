package io.evpair.app.errors;

import static io.evpair.app.support.Simulation.T0;
import static io.evpair.app.support.Simulation.action;
import static io.evpair.app.support.Simulation.charger;
import static io.evpair.app.support.Simulation.report;
import static io.evpair.app.support.Simulation.row;
import static io.evpair.app.support.Simulation.vehicle;
import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * What a probe of the running service found (issue 18, items 1, 3, 4, 5, 6 and 9), one test per item, each over
 * HTTP against PostgreSQL: bad input is a 4xx problem+json naming the field, never a 500 or a frozen device.
 */
class HostileInputTest extends IntegrationTest {
    @Value("${local.server.port}")
    int port;

    /** Item 1: a report dated a year ahead is refused naming its row; the device keeps following real reports. */
    @Test
    void item1_aReportFromTheFutureIsRefusedNamingTheRowAndTheDeviceKeepsUpdating() {
        Http.Client client = newClient();
        String charger = client.simulatedCharger("fay", "fut-c-1");
        String received = "2026-03-02T18:00:00Z";

        Http.Response future = client.post("/simulator/observations", batch(
                observation("fut-c-1", "2026-03-02T17:59:00Z", received, false),
                observation("fut-c-1", "2027-03-02T18:00:00Z", received, true)));

        assertThat(future.status()).as(future.body()).isEqualTo(400);
        assertThat(future.isProblem()).isTrue();
        assertThat(future.json().get("issues").get(0).get("field").asString()).isEqualTo("observations[1].observedAt");
        assertThat(client.get("/chargers/" + charger).json().get("lastSeen").isNull()).isTrue();

        // Within the tolerated skew (10 minutes by default) a fast clock is fine, and later reports still count.
        report(client, observation("fut-c-1", "2026-03-02T18:09:00Z", received, true));
        report(client, observation("fut-c-1", "2026-03-02T18:20:00Z", "2026-03-02T18:20:05Z", false));
        JsonNode state = client.get("/chargers/" + charger).json().get("chargeState");
        assertThat(state.get("isPluggedIn").asBoolean()).isFalse();
        assertThat(state.get("lastUpdated").asString()).isEqualTo("2026-03-02T18:20:00Z");
    }

    /** Item 3: bodies over the cap are 413 problem+json, declared or chunked; 10 000 rows fit; errors echo little. */
    @Test
    void item3_bodiesAreCappedAnd413WhileEchoedValuesAreTruncated() throws Exception {
        Http.Client client = newClient();
        String huge = "{\"vendorDeviceId\":\"" + "x".repeat(9 * 1024 * 1024) + "\"}";

        Http.Response declared = client.post("/simulator/users/gus/vehicles", huge);
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/simulator/users/gus/vehicles"))
                .header("Authorization", "Bearer " + client.token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.isProblem()).isTrue();
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(client.get("/users/gus").status()).isEqualTo(404);

        // 10 000 observations with the longest ids allowed are read whole (here refused for naming no device: 400).
        String id = "y".repeat(200);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(observation(id, "2026-03-02T18:00:00Z", "2026-03-02T18:00:01Z", true));
        }
        Http.Response tenThousand = client.post("/simulator/observations", batch(rows.toArray(String[]::new)));
        assertThat(tenThousand.status()).isEqualTo(400);
        assertThat(tenThousand.json().get("issues").get(0).get("field").asString()).isEqualTo("observations[0].vendorDeviceId");

        String badEnum = "{\"observations\":[{\"vendorDeviceId\":\"v\",\"deviceType\":\"" + "z".repeat(1_000_000) + "\"}]}";
        Http.Response echoed = client.post("/simulator/observations", badEnum);
        assertThat(echoed.status()).isEqualTo(400);
        assertThat(echoed.json().get("issues").get(0).get("field").asString()).isEqualTo("observations[0].deviceType");
        assertThat(echoed.body().length()).isLessThan(2_000);
    }

    /** Item 4: what overflowed or PostgreSQL refused (a 500 before) is a 400 naming the field; GET /error is no 500. */
    @Test
    void item4_farFutureInstantsNulCharactersAndPlainErrorPathAreNot500() {
        Http.Client client = newClient();
        client.simulatedVehicle("hal", "nul-v-1");
        String farFuture = "+999999999-12-31T23:59:59Z";

        assertIssue(client.post("/simulator/observations", batch(
                observation("nul-v-1", farFuture, "2026-03-02T18:00:00Z", true))), "observations[0].observedAt");
        assertIssue(client.post("/simulator/observations", batch(
                observation("nul-v-1", "2026-03-02T18:00:00Z", farFuture, true))), "observations[0].receivedAt");
        assertIssue(client.post("/simulator/clock", "{\"now\":\"" + farFuture + "\"}"), "now");
        assertIssue(client.get("/users/hal/statistics/charging/sessions?from=%2B999999999-12-30T23:59:59Z&to="
                + "%2B999999999-12-31T23:59:59Z"), "from");
        assertIssue(client.post("/simulator/users/hal/vehicles", "{\"vendorDeviceId\":\"nul\\u0000v\",\"brand\":\"Kia\"}"),
                "vendorDeviceId");
        assertIssue(client.post("/simulator/users/hal/vehicles", "{\"vendorDeviceId\":\"nul-v-2\",\"brand\":\"K\\u0000ia\"}"),
                "brand");
        assertIssue(client.post("/users/hal/link", "{\"vendor\":\"OCPP\",\"scopes\":[\"charger:read:\\u0000\"],"
                + "\"language\":\"en-US\",\"redirectUri\":\"https://app.example.com/\"}"), "scopes[0]");
        Http.Response nulParameter = client.get("/simulator/commands?vendorDeviceId=a%00b");
        assertThat(nulParameter.status()).isEqualTo(400);
        assertThat(nulParameter.isProblem()).isTrue();

        Http.Response error = client.get("/error");
        assertThat(error.status()).isEqualTo(404);
        assertThat(error.isProblem()).isTrue();
        assertThat(http.send("GET", "/error", null, null, null).status()).isEqualTo(404);
        assertThat(client.get("/vehicles").json().get("data")).hasSize(1);
    }

    /** Item 5: every number is range-checked and JSON types are strict: {"action":1} once ran as STOP. */
    @Test
    void item5_absurdNumbersAndLooselyTypedValuesAreRefusedNamingTheField() {
        Http.Client client = newClient();
        assertIssue(client.post("/simulator/users/ivy/vehicles", "{\"vendorDeviceId\":\"num-v-1\",\"batteryCapacityKwh\":1e400}"),
                "batteryCapacityKwh");
        assertThat(client.get("/users/ivy").status()).isEqualTo(404);
        String vehicle = vehicle(client, "ivy", "num-v-1", true);
        charger(client, "ivy", "num-c-1", true);

        String fine = observation("num-v-1", "2026-03-02T18:00:00Z", "2026-03-02T18:00:01Z", true);
        assertIssue(client.post("/simulator/observations", batch(fine.replace("\"chargeRateKw\":7.2", "\"chargeRateKw\":1e300"))),
                "observations[0].chargeRateKw");
        assertIssue(client.post("/simulator/observations", batch(fine, fine.replace("\"batteryLevel\":50", "\"batteryLevel\":100.5"))),
                "observations[1].batteryLevel");
        assertIssue(client.post("/simulator/observations", batch(fine.replace("\"latitude\":null,\"longitude\":null",
                "\"latitude\":91,\"longitude\":10"))), "observations[0].latitude");
        assertIssue(client.post("/simulator/observations", batch(fine.replace("\"isPluggedIn\":true", "\"isPluggedIn\":\"true\""))),
                "observations[0].isPluggedIn");
        assertIssue(client.post("/simulator/observations", batch(fine.replace("\"chargeRateKw\":7.2", "\"chargeRateKw\":\"7.2\""))),
                "observations[0].chargeRateKw");
        assertIssue(client.post("/simulator/users/ivy/chargers", "{\"vendorDeviceId\":\"num-c-2\",\"capabilities\":{\"startCharging\":1}}"),
                "capabilities.startCharging");
        assertIssue(client.post("/vehicles/" + vehicle + "/charging", "{\"action\":1}"), "action");
        assertIssue(client.post("/vehicles/" + vehicle + "/charge-rate-limit", "{\"chargeRateLimit\":1e300}"), "chargeRateLimit");

        assertThat(client.get("/users/ivy/actions").json().get("data")).isEmpty();
        assertThat(client.get("/vehicles/" + vehicle).json().get("chargeState").get("isPluggedIn").isNull()).isTrue();
        // a whole number is still a number
        report(client, fine.replace("\"chargeRateKw\":7.2", "\"chargeRateKw\":7"));
        assertThat(client.get("/vehicles/" + vehicle).json().get("chargeState").get("chargeRate").asDouble()).isEqualTo(7.0);
    }

    /** Item 6: no move of the simulator's clock throws it years ahead, and a move by receivedAt acts like POST /simulator/clock. */
    @Test
    void item6_clockMovesAreBoundedAndReportsTimeOutPendingActionsLikeTheClock() {
        Http.Client client = newClient();
        Instant yearAhead = Instant.now().plus(Duration.ofDays(365)).truncatedTo(ChronoUnit.SECONDS);
        assertIssue(client.post("/simulator/clock", "{\"now\":\"" + yearAhead + "\"}"), "now");
        client.simulatedVehicle("jan", "clk-v-0");
        assertIssue(client.post("/simulator/observations", batch(observation("clk-v-0", yearAhead.toString(), yearAhead.toString(), true))),
                "observations[0].receivedAt");

        // Two users of one client: uma's vehicle waits PENDING for a charger; only ole reports, 11 minutes later.
        String waiting = vehicle(client, "uma", "clk-v-1", false);
        charger(client, "uma", "clk-c-1", true);
        report(client, row("clk-v-1", "VEHICLE", 0, 0, false, false, 0.0, 40.0));
        JsonNode start = action(client.post("/vehicles/" + waiting + "/charging", "{\"action\":\"START\"}"));
        assertThat(start.get("state").asString()).isEqualTo("PENDING");
        vehicle(client, "ole", "clk-v-2", true);

        report(client, row("clk-v-2", "VEHICLE", 11, 11, false, false, 0.0, 60.0));

        JsonNode failed = client.get("/vehicles/actions/" + start.get("id").asString()).json();
        assertThat(failed.get("state").asString()).isEqualTo("FAILED");
        assertThat(failed.get("failureReason").get("type").asString()).isEqualTo("FAILED_PRECONDITION");
        assertThat(client.post("/simulator/clock", "{\"now\":\"" + T0.plusSeconds(60) + "\"}").json().get("now").asString())
                .isEqualTo(T0.plusSeconds(11 * 60 + 5).toString());
    }

    /** Item 9: firewall refusals are problem+json; redirectUri is http(s); another client's or an unknown user's lists are 404. */
    @Test
    void item9_rejectedUrlsAreProblemJsonRedirectUriIsHttpAndForeignUsersAre404() {
        Http.Client client = newClient();
        Http.Client other = newClient();
        client.simulatedVehicle("kim", "own-v-1");

        for (String path : List.of("//vehicles", "/%2e/vehicles", "/users/a%2Fb/vehicles", "/users/a%5Cb/vehicles",
                "/users/a%00b/vehicles", "/vehicles;x=1")) {
            Http.Response r = client.get(path);
            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.isProblem()).as(path + " " + r.contentType()).isTrue();
            assertThat(r.json().get("status").asInt()).isEqualTo(400);
        }

        assertIssue(client.post("/users/kim/link", """
                {"vendor":"OCPP","scopes":["charger:read:data"],"language":"en-US","redirectUri":"javascript:alert(1)"}"""),
                "redirectUri");
        assertThat(client.post("/users/kim/link", """
                {"vendor":"OCPP","scopes":["charger:read:data"],"language":"en-US","redirectUri":"https://app.example.com/x"}""")
                .status()).isEqualTo(200);

        for (String list : List.of("vehicles", "chargers", "charging-pairs", "charging-pairs/history", "actions",
                "statistics/charging/sessions?from=2026-03-01T00:00:00Z&to=2026-03-02T00:00:00Z")) {
            assertThat(client.get("/users/kim/" + list).status()).as(list).isEqualTo(200);
            Http.Response foreign = other.get("/users/kim/" + list);
            assertThat(foreign.status()).as(list).isEqualTo(404);
            assertThat(foreign.isProblem()).isTrue();
            assertThat(client.get("/users/nobody-" + port + "/" + list).status()).as(list).isEqualTo(404);
        }
    }

    /** A vendor name no vendor can have (a Vendor refuses it) gets the answer an unknown vendor gets, never a 500. */
    @Test
    void malformedVendorNamesAreAnsweredLikeUnknownVendors() {
        Http.Client client = newClient();
        for (String vendor : List.of("te sla!", "tes-la", "\\u00e4", "V".repeat(41), " ")) {
            assertIssue(client.post("/users/ned/link", """
                    {"vendor":"%s","scopes":["vehicle:read:data"],"language":"en-US","redirectUri":"https://x.example"}"""
                    .formatted(vendor)), "vendor");
        }
        for (String vendor : List.of("te%20sla", "tes-la", "%C3%A4", "V".repeat(41))) {
            Http.Response unlink = client.delete("/users/ned/vendors/" + vendor);
            assertThat(unlink.status()).as(vendor).isEqualTo(404);
            assertThat(unlink.isProblem()).isTrue();
            Http.Response push = client.post("/vendors/" + vendor + "/webhooks", "{}");
            assertThat(push.status()).as(vendor).isEqualTo(404);
            assertThat(push.isProblem()).isTrue();
            assertThat(client.get("/interventions/relink-" + vendor).status()).as(vendor).isEqualTo(404);
        }
    }

    private static void assertIssue(Http.Response r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("issues").findValuesAsString("field")).as(r.body()).contains(field);
    }

    private static String batch(String... rows) {
        return "{\"observations\":[" + String.join(",", rows) + "]}";
    }

    private static String observation(String device, String observedAt, String receivedAt, boolean plugged) {
        String type = device.contains("-c-") ? "CHARGER" : "VEHICLE";
        return """
                {"vendorDeviceId":"%s","deviceType":"%s","observedAt":"%s","receivedAt":"%s","isPluggedIn":%s,\
                "isCharging":false,"chargeRateKw":7.2,"batteryLevel":50,"latitude":null,"longitude":null}"""
                .formatted(device, type, observedAt, receivedAt, plugged);
    }
}
