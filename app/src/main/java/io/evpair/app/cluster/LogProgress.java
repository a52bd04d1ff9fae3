package io.evpair.app.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How far each partition of the observation log has been processed (table {@code observation_log_progress}):
 * the owner records it after each batch; an instance that accepted observations waits on it before answering.
 * Offsets only move forward, so a new owner re-processing what the old one finished changes nothing.
 */
final class LogProgress {
    private static final long POLL_MILLIS = 5;

    private final JdbcClient jdbc;
    private final String topic;
    /** What this instance has seen so far, so that work it processed itself needs no query. */
    private final Map<Integer, Long> known = new HashMap<>();

    LogProgress(JdbcClient jdbc, String topic) {
        this.jdbc = jdbc;
        this.topic = topic;
    }

    /** The owner has processed every record of {@code partition} before {@code nextOffset}. */
    void processed(int partition, long nextOffset) {
        jdbc.sql("""
                        insert into observation_log_progress (topic, partition, next_offset) values (?, ?, ?)
                        on conflict (topic, partition) do update
                        set next_offset = greatest(observation_log_progress.next_offset, excluded.next_offset)""")
                .params(topic, partition, nextOffset).update();
        synchronized (known) {
            known.merge(partition, nextOffset, Math::max);
            known.notifyAll();
        }
    }

    /** Waits until every partition in {@code lastOffsets} is processed past the offset given for it. */
    void awaitProcessed(Map<Integer, Long> lastOffsets, long timeoutMillis) throws TimeoutException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        Map<Integer, Long> missing = new HashMap<>(lastOffsets);
        while (true) {
            synchronized (known) {
                missing.entrySet().removeIf(e -> known.getOrDefault(e.getKey(), 0L) > e.getValue());
            }
            if (missing.isEmpty()) {
                return;
            }
            readStored();
            synchronized (known) {
                missing.entrySet().removeIf(e -> known.getOrDefault(e.getKey(), 0L) > e.getValue());
                if (missing.isEmpty()) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("partitions " + missing.keySet() + " of " + topic + " not processed in time");
                }
                try {
                    known.wait(POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new TimeoutException("interrupted while waiting for " + topic);
                }
            }
        }
    }

    private void readStored() {
        Map<Integer, Long> stored = new HashMap<>();
        jdbc.sql("select partition, next_offset from observation_log_progress where topic = ?").param(topic)
                .query(rs -> {
                    stored.put(rs.getInt(1), rs.getLong(2));
                });
        synchronized (known) {
            stored.forEach((p, o) -> known.merge(p, o, Math::max));
        }
    }
}
