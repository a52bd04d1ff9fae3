package io.evpair.engine.vendors;

import io.evpair.engine.ids.Vendor;
import io.evpair.engine.observations.ObservationSink;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.observations.Observation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Vendor pushes (webhooks) into observations: the vendor's {@link PushReceiver} proves the push genuine and reads it,
 * and each state goes to every linked copy of the device, through the same {@link ObservationSink} as polls, so
 * pairing sees a plug-in without waiting for the next poll.
 */
public class VendorPushes {
    private static final System.Logger LOG = System.getLogger(VendorPushes.class.getName());

    private final Map<Vendor, VendorCloud> clouds;
    private final DeviceStore devices;
    private final ObservationSink sink;
    private final Clock clock;

    public VendorPushes(Map<Vendor, VendorCloud> clouds, DeviceStore devices, ObservationSink sink, Clock clock) {
        this.clouds = Map.copyOf(clouds);
        this.devices = devices;
        this.sink = sink;
        this.clock = clock;
    }

    public PushReceiver.Answer receive(Vendor vendor, String body, Function<String, Optional<String>> headers) {
        Optional<PushReceiver> receiver = Optional.ofNullable(clouds.get(vendor)).flatMap(VendorCloud::pushes);
        if (receiver.isEmpty()) {
            return new PushReceiver.Answer.Unknown();
        }
        PushReceiver.Answer answer = receiver.get().receive(body, headers);
        if (answer instanceof PushReceiver.Answer.Refused refused) {
            LOG.log(System.Logger.Level.WARNING, "Refused a " + vendor + " push: " + refused.reason());
        } else if (answer instanceof PushReceiver.Answer.Accepted accepted && !accepted.states().isEmpty()) {
            Instant now = clock.instant();
            List<Observation> observations = new ArrayList<>();
            for (PushedState state : accepted.states()) {
                for (UUID id : devices.idsByVendorId(state.type(), vendor, state.vendorDeviceId())) {
                    observations.add(state.observation(id, now));
                }
            }
            if (!observations.isEmpty()) {
                sink.accept(observations);
            }
        }
        return answer;
    }
}
