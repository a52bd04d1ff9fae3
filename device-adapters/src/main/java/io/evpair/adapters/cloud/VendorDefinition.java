package io.evpair.adapters.cloud;

import io.evpair.engine.ids.Vendor;
import io.evpair.engine.vendors.CloudAccess;
import io.evpair.engine.vendors.VendorCloud;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * One vendor as the registry sees it: its name, its settings (empty: not configured, so off) and how to build its
 * cloud adapter. Each vendor package declares one as a bean next to its {@code @ConfigurationProperties} record.
 */
public record VendorDefinition(Vendor vendor, Optional<CloudSettings> settings, Factory factory) {
    public VendorDefinition {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(factory, "factory");
    }

    @FunctionalInterface
    public interface Factory {
        /** The vendor's cloud, over {@code http} (its limits and retries), with {@code access} for commands. */
        VendorCloud create(CloudHttp http, CloudAccess access, Clock clock);
    }
}
