package io.evpair.app.vendors;

import io.evpair.adapters.cloud.CloudHttp;
import io.evpair.adapters.cloud.VendorDefinition;
import io.evpair.engine.control.DeviceAdapter;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.vendors.CloudAccess;
import io.evpair.engine.vendors.VendorCloud;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The vendor clouds this instance is configured for, by vendor name: every {@link VendorDefinition} a vendor
 * package declares whose settings are present (a client id), each with its own HTTP limits and retries.
 */
public record VendorRegistry(Map<Vendor, VendorCloud> byVendor) {
    public VendorRegistry {
        byVendor = Map.copyOf(byVendor);
    }

    static VendorRegistry of(List<VendorDefinition> definitions, Function<Vendor, CloudAccess> access, Clock clock) {
        Map<Vendor, VendorCloud> clouds = new HashMap<>();
        for (VendorDefinition definition : definitions) {
            definition.settings().ifPresent(settings -> {
                VendorCloud cloud = definition.factory().create(new CloudHttp(definition.vendor(), settings),
                        access.apply(definition.vendor()), clock);
                if (clouds.putIfAbsent(definition.vendor(), cloud) != null) {
                    throw new IllegalStateException("two vendor packages declare " + definition.vendor());
                }
            });
        }
        return new VendorRegistry(clouds);
    }

    public Map<Vendor, Set<DeviceType>> kinds() {
        Map<Vendor, Set<DeviceType>> kinds = new HashMap<>();
        byVendor.forEach((vendor, cloud) -> kinds.put(vendor, cloud.kinds()));
        return kinds;
    }

    /** Every configured vendor's device adapters, one per kind, for the AdapterDirectory. */
    public List<DeviceAdapter> adapters() {
        return byVendor.values().stream().flatMap(cloud -> cloud.devices().stream()).map(DeviceAdapter.class::cast).toList();
    }
}
