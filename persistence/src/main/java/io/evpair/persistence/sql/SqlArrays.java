package io.evpair.persistence.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/** Binds Java arrays as PostgreSQL array parameters, for statements that unnest whole batches at once. */
public final class SqlArrays {
    private SqlArrays() {
    }

    public static void bind(PreparedStatement statement, Connection connection, Object[]... columns) throws SQLException {
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
