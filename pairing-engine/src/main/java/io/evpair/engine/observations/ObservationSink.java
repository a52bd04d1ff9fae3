package io.evpair.engine.observations;

import io.evpair.engine.observations.Observation;
import java.util.List;

/**
 * Where adapters deliver what devices report. Delivery is synchronous: when {@code accept} returns, the
 * observations are stored, the devices' state is projected and the pairing engine has seen them.
 * Observations of one device must be delivered in the order they were received.
 */
public interface ObservationSink {
    void accept(List<Observation> observations);
}
