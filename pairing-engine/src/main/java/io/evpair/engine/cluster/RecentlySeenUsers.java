package io.evpair.engine.cluster;

import java.time.Duration;
import java.util.List;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;

/** The users worth rebuilding when their partition gets a new owner: those whose devices were heard from lately. */
public interface RecentlySeenUsers {
    /** One user of one client. */
    record ClientUser(ClientId clientId, UserRef userRef) {
    }

    /** The users with a device heard from within {@code window}, on their client's engine clock. */
    List<ClientUser> seenWithin(Duration window);
}
