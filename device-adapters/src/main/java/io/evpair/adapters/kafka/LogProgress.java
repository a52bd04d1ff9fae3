package io.evpair.adapters.kafka;

import io.evpair.engine.cluster.LogOffsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * How far each partition of the observation log has been processed ({@link LogOffsets}):
 * the owner records it after each batch; an instance that accepted observations waits on it before answering.
 * Offsets only move forward, so a new owner re-processing what the old one finished changes nothing.
 */
public final class LogProgress {
    private static final long POLL_MILLIS = 5;

    private final LogOffsets offsets;
    private final String topic;
    /** What this instance has seen so far, so that work it processed itself needs no query. */
    private final Map<Integer, Long> known = new HashMap<>();

    public LogProgress(LogOffsets offsets, String topic) {
        this.offsets = offsets;
        this.topic = topic;
    }

    /** The owner has processed every record of {@code partition} before {@code nextOffset}. */
    void processed(int partition, long nextOffset) {
        offsets.processed(topic, partition, nextOffset);
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
        Map<Integer, Long> stored = offsets.processed(topic);
        synchronized (known) {
            stored.forEach((p, o) -> known.merge(p, o, Math::max));
        }
    }
}
