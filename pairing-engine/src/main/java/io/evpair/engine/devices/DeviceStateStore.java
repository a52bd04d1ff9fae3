package io.evpair.engine.devices;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Storage port for the projected live state of devices. */
public interface DeviceStateStore {
    /** The stored states of those devices that have one. */
    Map<UUID, DeviceState> load(Collection<UUID> deviceIds);

    /** Inserts or replaces each state. */
    void saveAll(Collection<DeviceState> states);
}
