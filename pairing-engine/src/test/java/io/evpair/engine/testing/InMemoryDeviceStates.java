package io.evpair.engine.testing;

import io.evpair.engine.devices.DeviceState;
import io.evpair.engine.devices.DeviceStateStore;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Projected device states by device id. */
public final class InMemoryDeviceStates implements DeviceStateStore {
    private final Map<UUID, DeviceState> states = new ConcurrentHashMap<>();

    @Override
    public Map<UUID, DeviceState> load(Collection<UUID> deviceIds) {
        Map<UUID, DeviceState> out = new HashMap<>();
        deviceIds.forEach(id -> {
            DeviceState state = states.get(id);
            if (state != null) {
                out.put(id, state);
            }
        });
        return out;
    }

    @Override
    public void saveAll(Collection<DeviceState> changed) {
        changed.forEach(s -> states.put(s.deviceId(), s));
    }

    public DeviceState of(UUID deviceId) {
        return states.get(deviceId);
    }
}
