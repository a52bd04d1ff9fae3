package io.evpair.persistence.paging;

import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageCursor;
import io.evpair.engine.paging.PageRequest;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Newest-first keyset pagination in plain SQL over a (timestamp, id) pair: reads one row more than the page to
 * know whether more exist, and never counts the whole table.
 */
public final class KeysetSql {
    private KeysetSql() {
    }

    /**
     * @param select     the query up to its where clause, e.g. {@code select … from vehicle v join … }
     * @param scope      the where condition with its {@code ?} placeholders, bound to {@code scopeParams}
     * @param timeColumn the ordering timestamp, e.g. {@code v.created_at}; {@code idColumn} breaks ties
     */
    public static <T> Page<T> read(JdbcClient jdbc, String select, String scope, List<?> scopeParams, String timeColumn,
                                   String idColumn, PageRequest page, RowMapper<T> rows, Function<T, PageCursor> cursorOf) {
        List<Object> params = new ArrayList<>(scopeParams);
        String where = scope;
        String order = timeColumn + " desc, " + idColumn + " desc";
        if (page.after().isPresent()) {
            where += " and (" + timeColumn + ", " + idColumn + ") < (?, ?)";
            params.add(page.after().get().createdAt().atOffset(ZoneOffset.UTC));
            params.add(page.after().get().id());
        } else if (page.before().isPresent()) {
            where += " and (" + timeColumn + ", " + idColumn + ") > (?, ?)";
            params.add(page.before().get().createdAt().atOffset(ZoneOffset.UTC));
            params.add(page.before().get().id());
            order = timeColumn + " asc, " + idColumn + " asc";
        }
        params.add(page.probeSize());
        List<T> found = jdbc.sql(select + " where " + where + " order by " + order + " limit ?")
                .params(params).query(rows).list();
        return Page.fromProbe(page, found, cursorOf);
    }
}
