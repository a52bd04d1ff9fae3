package io.evpair.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.IntegrationTest;
import io.evpair.persistence.sql.SqlArrays;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Instants bound as epoch microseconds must land in PostgreSQL exactly as their ISO text would. */
class TimestampMicrosTest extends IntegrationTest {
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-04T18:00:00Z", "2026-03-04T18:00:00.123456Z", "2026-03-04T18:00:00.999999Z",
            "2026-03-04T18:00:00.123456400Z", "1969-12-31T23:59:59.999999Z", "1950-06-01T00:00:00.000001Z",
            "2099-12-31T23:59:59.5Z"})
    void microsRoundTripLikeText(String iso) {
        Instant instant = Instant.parse(iso);
        OffsetDateTime fromMicros = jdbc.sql("select " + SqlArrays.timestampFromMicros("?::int8"))
                .param(SqlArrays.micros(instant)).query(OffsetDateTime.class).single();
        OffsetDateTime fromText = jdbc.sql("select ?::timestamptz").param(iso).query(OffsetDateTime.class).single();
        assertThat(fromMicros.toInstant()).isEqualTo(fromText.toInstant());
    }
}
