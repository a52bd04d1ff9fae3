package io.evpair.engine.simulator;

import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.Vendor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which device each simulated vendor id names, remembered once looked up. A device keeps its id while it exists, so
 * a remembered id is right or names a device that is gone, which the pipeline refuses; the feed then forgets the
 * client's ids and looks them up again. Where the devices' owners are is not remembered: the pipeline reads them.
 */
final class VendorDeviceIds {
    /** Beyond this many ids, everything is forgotten at once: a bound, not a cache policy worth tuning. */
    static final int MAX_REMEMBERED = 100_000;

    private record Key(ClientId clientId, DeviceType type, String vendorDeviceId) {
    }

    private final DeviceStore devices;
    private final Map<Key, UUID> remembered = new ConcurrentHashMap<>();

    VendorDeviceIds(DeviceStore devices) {
        this.devices = devices;
    }

    /** The ids of those of {@code vendorDeviceIds} that are linked; with {@code fresh}, none from memory. */
    Map<String, UUID> of(ClientId clientId, DeviceType type, List<String> vendorDeviceIds, boolean fresh) {
        Map<String, UUID> ids = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String vendorDeviceId : vendorDeviceIds) {
            UUID id = fresh ? null : remembered.get(new Key(clientId, type, vendorDeviceId));
            if (id == null) {
                unknown.add(vendorDeviceId);
            } else {
                ids.put(vendorDeviceId, id);
            }
        }
        if (!unknown.isEmpty()) {
            if (remembered.size() + unknown.size() > MAX_REMEMBERED) {
                remembered.clear();
            }
            devices.ownersByVendorId(clientId, Vendor.SIMULATED, type, unknown).forEach((vendorDeviceId, owner) -> {
                ids.put(vendorDeviceId, owner.deviceId());
                remembered.put(new Key(clientId, type, vendorDeviceId), owner.deviceId());
            });
        }
        return ids;
    }

    void forget(ClientId clientId) {
        remembered.keySet().removeIf(key -> key.clientId().equals(clientId));
    }
}
