package io.evpair.persistence.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts an operator watches, read straight from storage so that every instance reports the same. */
@Component
public class OperationalFigures {
    private final JdbcClient jdbc;

    OperationalFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Actions by state, and failed or cancelled ones by failure type ("state/type"). */
    public Map<String, Long> actions() {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("select state, coalesce(failure_type, ''), count(*) from charge_action group by 1, 2")
                .query((rs, n) -> out.merge(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3), Long::sum)).list();
        return out;
    }

    /** Webhook events written but not yet delivered to an active webhook. */
    public long webhookBacklog() {
        return jdbc.sql("""
                        select count(*) from webhook_outbox o join webhook w on w.id = o.webhook_id
                        where o.delivered_at is null and w.active""")
                .query(Long.class).single();
    }
}
