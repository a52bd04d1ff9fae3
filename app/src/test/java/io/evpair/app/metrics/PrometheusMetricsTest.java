package io.evpair.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** /actuator/prometheus is scrapeable without a token and counts ingest and pairing. */
class PrometheusMetricsTest extends IntegrationTest {
    private static final Instant T0 = Instant.parse("2026-03-04T18:00:00Z");

    @Value("${local.server.port}")
    private int port;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void ingestAndPairingAreCounted() {
        double storedBefore = metric("evpair_observations_ingested_total{outcome=\"stored\"}");
        double duplicatesBefore = metric("evpair_observations_ingested_total{outcome=\"duplicate\"}");
        double activatedBefore = metric("evpair_pairs_activated_total");

        Http.Client client = newClient();
        client.simulatedVehicle("mira", "metrics-v-1");
        client.simulatedCharger("mira", "metrics-c-1");
        List<String> rows = new ArrayList<>();
        for (int minute = 0; minute <= 60; minute += 2) {
            boolean charging = minute >= 1;
            rows.add(row("metrics-c-1", "CHARGER", minute, minute, charging, charging ? 7.2 : 0.0, null));
            rows.add(row("metrics-v-1", "VEHICLE", minute, minute + 1, charging, charging ? 6.5 : 0.0, 40.0 + minute * 0.17));
        }
        String batch = "{\"observations\":[" + String.join(",", rows) + "]}";
        assertThat(client.post("/simulator/observations", batch).status()).isEqualTo(200);
        assertThat(client.post("/simulator/observations", batch).status()).isEqualTo(200);
        client.post("/simulator/clock", "{\"now\":\"" + T0.plusSeconds(62 * 60) + "\"}");

        assertThat(metric("evpair_observations_ingested_total{outcome=\"stored\"}") - storedBefore).isEqualTo(rows.size());
        assertThat(metric("evpair_observations_ingested_total{outcome=\"duplicate\"}") - duplicatesBefore).isEqualTo(rows.size());
        assertThat(metric("evpair_pairs_activated_total") - activatedBefore).isEqualTo(1);
        String scrape = scrape();
        assertThat(scrape).contains("evpair_ingest_lag_seconds_count", "evpair_observations_append_seconds_count");
    }

    @Test
    void actionsByStateAndTheWebhookBacklogAreReported() {
        // The gauge counts every client's actions, including those earlier tests left: it must reach the stored
        // count as it is after this test's action failed, not merely be non-zero.
        long storedBefore = failedPreconditions();
        Http.Client client = newClient();
        String charger = client.simulatedCharger("nils", "metrics-c-2");
        client.post("/simulator/devices/metrics-c-2/behaviour", "{\"behaviour\":\"REJECT\"}");
        Http.Response rejected = client.post("/chargers/" + charger + "/charging", "{\"action\":\"START\"}");
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().get("state").asString()).isEqualTo("FAILED");
        assertThat(failedPreconditions()).isGreaterThan(storedBefore);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(40)).until(() -> {
            long stored = failedPreconditions();
            return stored > storedBefore
                    && metric("evpair_actions{failure_type=\"FAILED_PRECONDITION\",state=\"FAILED\"}") == stored;
        });
        assertThat(scrape()).contains("evpair_webhook_backlog ");
    }

    private long failedPreconditions() {
        return jdbc.sql("select count(*) from charge_action where state = 'FAILED' and failure_type = 'FAILED_PRECONDITION'")
                .query(Long.class).single();
    }

    /** As Prometheus scrapes: no credential, text exposition format. */
    private String scrape() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                .header("Accept", "text/plain").build();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return r.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A sample's value, 0 while the series does not exist yet. */
    private double metric(String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static String row(String device, String type, int observedMinute, int receivedMinute, boolean charging,
                              double rate, Double battery) {
        return """
                {"vendorDeviceId":"%s","deviceType":"%s","observedAt":"%s","receivedAt":"%s","isPluggedIn":true,
                 "isCharging":%s,"chargeRateKw":%s,"batteryLevel":%s}"""
                .formatted(device, type, T0.plusSeconds(observedMinute * 60L), T0.plusSeconds(receivedMinute * 60L + 5),
                        charging, rate, battery);
    }
}
