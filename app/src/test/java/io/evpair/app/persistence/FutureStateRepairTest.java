package io.evpair.app.persistence;

import static io.evpair.app.support.Simulation.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration V17 on a state written before ingest bounded {@code observedAt}: dated a year ahead, it froze the device;
 * after the repair the next real report counts again.
 */
class FutureStateRepairTest extends IntegrationTest {
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStateDatedAYearAheadIsBroughtBackToItsReceiptAndFollowsReportsAgain() throws IOException {
        Http.Client client = newClient();
        String charger = client.simulatedCharger("rex", "rep-c-1");
        report(client, row("2026-03-02T18:00:00Z", "2026-03-02T18:00:05Z", true));
        jdbc.update("update device_state set last_updated = last_updated + interval '1 year' where device_id = ?",
                UUID.fromString(charger));

        report(client, row("2026-03-02T18:10:00Z", "2026-03-02T18:10:05Z", false));
        assertThat(pluggedIn(client, charger)).as("frozen, as before the fix").isTrue();

        jdbc.execute(new ClassPathResource("db/migration/V17__bound_future_device_state.sql")
                .getContentAsString(StandardCharsets.UTF_8));
        report(client, row("2026-03-02T18:20:00Z", "2026-03-02T18:20:05Z", false));

        assertThat(pluggedIn(client, charger)).isFalse();
        assertThat(client.get("/chargers/" + charger).json().at("/chargeState/lastUpdated").asString())
                .isEqualTo("2026-03-02T18:20:00Z");
    }

    private static boolean pluggedIn(Http.Client client, String charger) {
        return client.get("/chargers/" + charger).json().at("/chargeState/isPluggedIn").asBoolean();
    }

    private static String row(String observedAt, String receivedAt, boolean plugged) {
        return """
                {"vendorDeviceId":"rep-c-1","deviceType":"CHARGER","observedAt":"%s","receivedAt":"%s","isPluggedIn":%s,\
                "isCharging":false,"chargeRateKw":0.0,"batteryLevel":null,"latitude":null,"longitude":null}"""
                .formatted(observedAt, receivedAt, plugged);
    }
}
