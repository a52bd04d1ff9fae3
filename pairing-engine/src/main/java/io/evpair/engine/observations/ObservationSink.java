package io.evpair.engine.observations;

import io.evpair.engine.observations.Observation;
import io.evpair.engine.time.ClockMove;
import java.util.List;

/**
 * Where adapters deliver what devices report. Delivery is synchronous: when {@code accept} returns, the
 * observations are stored, the devices' state is projected and the pairing engine has seen them.
 * Observations of one device must be delivered in the order they were received.
 */
public interface ObservationSink {
    void accept(List<Observation> observations);

    /**
     * Accepts the observations and moves a client's virtual clock in the same transaction, when this sink can: one
     * commit instead of two, and a refused batch leaves the clock where it was. Returns false, having done neither,
     * when it cannot; the caller then moves the clock itself and calls {@link #accept}.
     */
    default boolean acceptMovingClock(List<Observation> observations, ClockMove clock) {
        return false;
    }
}
