package io.evpair.engine.vendors;

import io.evpair.engine.control.DeviceAdapter;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.ids.DeviceType;
import java.util.Set;

/**
 * One kind of device at a vendor cloud (a Tesla vehicle, a Tesla Wall Connector, an Easee charger…). It is polled
 * with its owner's access token; it can carry out exactly the commands of the capability interfaces it implements
 * ({@code ChargingSwitch}, {@code CurrentLimiter}, {@code PowerLimiter}), getting tokens from a {@link CloudAccess}.
 */
public interface CloudDevice extends DeviceAdapter {
    DeviceType type();

    @Override
    default Set<DeviceType> kinds() {
        return Set.of(type());
    }

    PollOutcome poll(String accessToken, DeviceAddress device);
}
