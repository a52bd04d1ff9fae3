package io.evpair.engine.cluster;

import java.util.Map;

/**
 * How far each partition of the observation log (cluster mode) has been processed by its owner, so that the
 * instance that accepted a batch can tell when to answer.
 */
public interface LogOffsets {
    /** Every record of {@code partition} before {@code nextOffset} is processed; an offset never moves back. */
    void processed(String topic, int partition, long nextOffset);

    /** The next unprocessed offset of each partition that has one. */
    Map<Integer, Long> processed(String topic);
}
