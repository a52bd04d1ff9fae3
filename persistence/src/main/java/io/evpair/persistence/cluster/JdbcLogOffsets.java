package io.evpair.persistence.cluster;

import io.evpair.engine.cluster.LogOffsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The observation log's progress in {@code observation_log_progress}: the greater offset wins. */
@Component
final class JdbcLogOffsets implements LogOffsets {
    private final JdbcClient jdbc;

    JdbcLogOffsets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void processed(String topic, int partition, long nextOffset) {
        jdbc.sql("""
                        insert into observation_log_progress (topic, partition, next_offset) values (?, ?, ?)
                        on conflict (topic, partition) do update
                        set next_offset = greatest(observation_log_progress.next_offset, excluded.next_offset)""")
                .params(topic, partition, nextOffset).update();
    }

    @Override
    public Map<Integer, Long> processed(String topic) {
        Map<Integer, Long> stored = new HashMap<>();
        jdbc.sql("select partition, next_offset from observation_log_progress where topic = ?").param(topic)
                .query(rs -> {
                    stored.put(rs.getInt(1), rs.getLong(2));
                });
        return stored;
    }
}
