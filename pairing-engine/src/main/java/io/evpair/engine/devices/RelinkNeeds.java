package io.evpair.engine.devices;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which users must link a vendor account again (its tokens can no longer be refreshed). Their devices of that
 * vendor read as unreachable, with the intervention {@link #interventionId} on every capability.
 */
public interface RelinkNeeds {
    RelinkNeeds NONE = users -> Map.of();

    Map<UUID, Set<String>> needingRelink(Collection<UUID> userRefs);

    /** The intervention that tells a client to send its user through linking for {@code vendor} again. */
    static String interventionId(String vendor) {
        return "relink-" + vendor.toLowerCase(java.util.Locale.ROOT);
    }
}
