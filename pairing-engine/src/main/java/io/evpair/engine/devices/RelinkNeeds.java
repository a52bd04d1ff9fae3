package io.evpair.engine.devices;

import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.Vendor;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Which users must link a vendor account again (its tokens can no longer be refreshed). Their devices of that
 * vendor read as unreachable, with the intervention {@link #interventionId} on every capability.
 */
public interface RelinkNeeds {
    RelinkNeeds NONE = users -> Map.of();

    Map<UserRef, Set<Vendor>> needingRelink(Collection<UserRef> userRefs);

    /** The intervention that tells a client to send its user through linking for {@code vendor} again. */
    static String interventionId(Vendor vendor) {
        return "relink-" + vendor.name().toLowerCase(java.util.Locale.ROOT);
    }
}
