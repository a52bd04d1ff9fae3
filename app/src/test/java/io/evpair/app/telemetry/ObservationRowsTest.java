package io.evpair.app.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a report becomes in {@code observation}, field by field, for a batch small enough to go in as one insert's
 * parameters and for one large enough to go through COPY (64 rows is the line): the two must store the same.
 */
class ObservationRowsTest extends IntegrationTest {
    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 64, 65, 200})
    void everyFieldIsStoredAsReportedInOrderAndOnce(int rows) {
        Http.Client client = newClient();
        String vendorId = "rows-c-" + rows;
        String id = client.simulatedCharger("rita", vendorId);
        Instant start = Instant.parse("2026-03-02T18:00:00Z");
        List<String> reports = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            reports.add(report(vendorId, start.plusSeconds(60L * i), i));
        }

        assertThat(client.post("/simulator/observations", batch(reports)).status()).isEqualTo(200);
        List<Map<String, Object>> stored = stored(id);
        assertThat(stored).hasSize(rows);
        for (int i = 0; i < rows; i++) {
            Map<String, Object> row = stored.get(i);
            assertThat(((java.sql.Timestamp) row.get("observed_at")).toInstant()).isEqualTo(start.plusSeconds(60L * i));
            assertThat(((java.sql.Timestamp) row.get("received_at")).toInstant())
                    .isEqualTo(start.plusSeconds(60L * i).plusMillis(1_234).plusNanos(567_000));
            assertThat(row.get("device_type")).isEqualTo("CHARGER");
            assertThat(row.get("plugged_in")).isEqualTo(i % 3 != 0 ? Boolean.TRUE : (i % 2 == 0 ? null : Boolean.FALSE));
            assertThat(row.get("charging")).isEqualTo(i % 2 == 0);
            assertThat(row.get("charge_rate_kw")).isEqualTo(i % 4 == 0 ? null : 7.25 + i);
            assertThat(row.get("latitude")).isEqualTo(i % 5 == 0 ? 59.9139 : null);
            assertThat(row.get("longitude")).isEqualTo(i % 5 == 0 ? 10.7522 : null);
            assertThat(row.get("id_tag")).isEqualTo(idTag(i));
        }

        // The same batch again, with one new report in the middle: only that one is stored, once.
        reports.add(rows / 2, report(vendorId, start.minusSeconds(30), 1));
        assertThat(client.post("/simulator/observations", batch(reports)).status()).isEqualTo(200);
        assertThat(stored(id)).hasSize(rows + 1);
    }

    private List<Map<String, Object>> stored(String chargerId) {
        return jdbc.queryForList("""
                select observed_at, received_at, device_type, plugged_in, charging, charge_rate_kw, latitude, longitude,
                       id_tag from observation where device_id = ? order by seq""", UUID.fromString(chargerId));
    }

    /** Text COPY must escape: tabs, new lines, backslashes, and what is not ASCII. */
    private static String idTag(int i) {
        return switch (i % 4) {
            case 0 -> null;
            case 1 -> "04A1B2\\C3\tD4";
            case 2 -> "VID:" + i + "\nnext \"line\" ø";
            default -> "\\N";
        };
    }

    private static String report(String vendorId, Instant observedAt, int i) {
        String plugged = i % 3 != 0 ? "true" : (i % 2 == 0 ? "null" : "false");
        String position = i % 5 == 0 ? ",\"latitude\":59.9139,\"longitude\":10.7522" : "";
        String tag = idTag(i) == null ? "null" : "\"" + idTag(i).replace("\\", "\\\\").replace("\t", "\\t")
                .replace("\n", "\\n").replace("\"", "\\\"") + "\"";
        return """
                {"vendorDeviceId":"%s","deviceType":"CHARGER","observedAt":"%s","receivedAt":"%s","isPluggedIn":%s,
                 "isCharging":%s,"chargeRateKw":%s,"idTag":%s%s}"""
                .formatted(vendorId, observedAt, observedAt.plusMillis(1_234).plusNanos(567_000), plugged, i % 2 == 0,
                        i % 4 == 0 ? "null" : String.valueOf(7.25 + i), tag, position);
    }

    private static String batch(List<String> reports) {
        return "{\"observations\":[" + String.join(",", reports) + "]}";
    }
}
