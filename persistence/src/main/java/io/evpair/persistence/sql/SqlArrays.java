package io.evpair.persistence.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs statements whose parameters are whole columns, bound as PostgreSQL arrays and unnested on the server. */
public final class SqlArrays {
    private SqlArrays() {
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
