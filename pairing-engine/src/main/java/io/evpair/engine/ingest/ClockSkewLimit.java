package io.evpair.engine.ingest;

import io.evpair.engine.observations.Observation;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How far ahead of its receipt a device may date a report ({@code observedAt} after {@code receivedAt}). Device
 * clocks run a little fast; one that runs a year fast would otherwise date a report no later one can overtake,
 * and the device's projected state would stop changing.
 */
public record ClockSkewLimit(Duration tolerated) {
    public static final Duration DEFAULT = Duration.ofMinutes(10);

    public ClockSkewLimit {
        Objects.requireNonNull(tolerated, "tolerated");
        if (tolerated.isNegative()) {
            throw new IllegalArgumentException("the tolerated clock skew must not be negative: " + tolerated);
        }
    }

    /** Compares without adding to either instant, so that the extremes {@link Instant} can hold do not overflow. */
    public boolean exceededBy(Instant observedAt, Instant receivedAt) {
        return Duration.between(receivedAt, observedAt).compareTo(tolerated) > 0;
    }

    /** The report as it may be stored: dated at its receipt when dated beyond the limit, else unchanged. */
    public Observation bound(Observation o) {
        return exceededBy(o.observedAt(), o.receivedAt()) ? o.withObservedAt(o.receivedAt()) : o;
    }
}
