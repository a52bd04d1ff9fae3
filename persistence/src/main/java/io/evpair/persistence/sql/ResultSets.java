package io.evpair.persistence.sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Column readers every JDBC store needs. */
public final class ResultSets {
    private ResultSets() {
    }

    /** A timestamptz column as an instant, null when SQL null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
