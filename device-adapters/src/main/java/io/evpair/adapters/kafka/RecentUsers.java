package io.evpair.adapters.kafka;

import io.evpair.engine.cluster.RecentlySeenUsers;
import io.evpair.engine.cluster.RecentlySeenUsers.ClientUser;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ingest.UserScope;
import io.evpair.engine.pairs.Households;
import io.evpair.engine.time.EngineTime;
import java.time.Duration;

/**
 * The users whose pairing state a new owner rebuilds before it decides anything: those with a device heard
 * from within the rebuild window, on their client's engine clock. Others have nothing to rebuild; their
 * household is built on their next observation.
 */
public final class RecentUsers {
    private final RecentlySeenUsers seen;
    private final EngineTime time;
    private final Duration window;

    public RecentUsers(RecentlySeenUsers seen, EngineTime time, Duration window) {
        this.seen = seen;
        this.time = time;
        this.window = window;
    }

    /** One user's household, rebuilt up to the client's time now. */
    void rebuild(ClientId clientId, UserRef userRef, Households pairing) {
        pairing.rebuild(clientId, userRef, time.now(clientId));
    }

    /** Rebuilds each recent user in {@code scope}; returns how many. */
    int rebuild(UserScope scope, Households pairing) {
        int rebuilt = 0;
        for (ClientUser u : seen.seenWithin(window)) {
            if (scope.includes(u.userRef())) {
                pairing.rebuild(u.clientId(), u.userRef(), time.now(u.clientId()));
                rebuilt++;
            }
        }
        return rebuilt;
    }
}
