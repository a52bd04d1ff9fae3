package io.evpair.app.vendors;

import io.evpair.engine.devices.DeviceType;
import io.evpair.engine.vendors.VendorCloud;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The vendor clouds this instance is configured for (those with a client id), by vendor name. */
public record ConfiguredClouds(Map<String, VendorCloud> byVendor) {
    public ConfiguredClouds {
        byVendor = Map.copyOf(byVendor);
    }

    static ConfiguredClouds of(List<VendorCloud> clouds) {
        Map<String, VendorCloud> map = new HashMap<>();
        clouds.forEach(c -> map.put(c.vendor(), c));
        return new ConfiguredClouds(map);
    }

    public Map<String, Set<DeviceType>> kinds() {
        Map<String, Set<DeviceType>> kinds = new HashMap<>();
        byVendor.forEach((vendor, cloud) -> kinds.put(vendor, cloud.kinds()));
        return kinds;
    }
}
