package io.evpair.app.ocpp;

import io.evpair.engine.observations.ObservationSink;
import io.evpair.engine.observations.Observation;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Test double: records every observation the adapters deliver, then hands them on to the service's real
 * sink(s) when there are any. Until the observation pipeline is on main there is none, and this is the only
 * sink; once it lands, this stays in front of it (it is @Primary) and the tests can also check the
 * projection through GET /chargers/{id}.
 */
public class RecordingObservationSink implements ObservationSink {
    private final List<Observation> delivered = new CopyOnWriteArrayList<>();
    private final ObjectProvider<ObservationSink> sinks;

    RecordingObservationSink(ObjectProvider<ObservationSink> sinks) {
        this.sinks = sinks;
    }

    @Override
    public void accept(List<Observation> observations) {
        delivered.addAll(observations);
        sinks.orderedStream().filter(sink -> sink != this).forEach(sink -> sink.accept(observations));
    }

    public List<Observation> of(UUID deviceId) {
        return delivered.stream().filter(o -> o.deviceId().equals(deviceId)).toList();
    }
}
