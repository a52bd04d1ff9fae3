package io.evpair.app.vendors;

import io.evpair.engine.vendors.CloudCommands;
import java.util.List;

/** The configured vendor clouds as device adapters, for the AdapterDirectory. */
public record CloudAdapters(List<CloudCommands> adapters) {
    public CloudAdapters {
        adapters = List.copyOf(adapters);
    }
}
