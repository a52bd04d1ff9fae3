package io.evpair.persistence.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs statements whose parameters are whole columns, bound as PostgreSQL arrays and unnested on the server. */
public final class SqlArrays {
    private SqlArrays() {
    }

    /**
     * An instant as microseconds since the epoch (PostgreSQL's resolution, rounded to the nearest), to bind in an
     * int8 array and turn back with {@link #timestampFromMicros}. Formatting instants as text for a text array cost
     * a quarter of an observation batch's insert.
     */
    public static Long micros(Instant instant) {
        if (instant == null) {
            return null;
        }
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), (instant.getNano() + 500) / 1000);
    }

    /** One column of {@code rows}, as the array a statement binds: {@code column(rows, UUID[]::new, Row::id)}. */
    public static <R, T> T[] column(List<R> rows, IntFunction<T[]> array, Function<R, T> value) {
        T[] column = array.apply(rows.size());
        for (int i = 0; i < column.length; i++) {
            column[i] = value.apply(rows.get(i));
        }
        return column;
    }

    /** The SQL expression turning a column of {@link #micros} back into a timestamptz, exactly. */
    public static String timestampFromMicros(String column) {
        return "(timestamptz 'epoch' + " + column + " * interval '1 microsecond')";
    }

    /** What to do with each row a query returns. */
    @FunctionalInterface
    public interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    public static void query(JdbcTemplate jdbc, String sql, RowHandler rows, Object[]... columns) {
        jdbc.execute((Connection c) -> {
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                bind(statement, c, columns);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.handle(rs);
                    }
                }
            }
            return null;
        });
    }

    public static void update(JdbcTemplate jdbc, String sql, Object[]... columns) {
        jdbc.execute((Connection c) -> {
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                bind(statement, c, columns);
                statement.executeUpdate();
            }
            return null;
        });
    }

    private static void bind(PreparedStatement statement, Connection connection, Object[]... columns) throws SQLException {
        for (int i = 0; i < columns.length; i++) {
            statement.setArray(i + 1, connection.createArrayOf(sqlType(columns[i]), columns[i]));
        }
    }

    private static String sqlType(Object[] column) {
        if (column instanceof UUID[]) {
            return "uuid";
        }
        if (column instanceof Boolean[]) {
            return "bool";
        }
        if (column instanceof Double[]) {
            return "float8";
        }
        if (column instanceof Long[]) {
            return "int8";
        }
        if (column instanceof String[]) {
            return "text";
        }
        throw new IllegalArgumentException("no SQL array type for " + column.getClass().getSimpleName());
    }
}
