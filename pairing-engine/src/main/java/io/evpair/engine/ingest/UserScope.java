package io.evpair.engine.ingest;

import io.evpair.engine.ids.UserRef;

/**
 * Which users a piece of work is for. One instance owns {@link #ALL}; in a cluster each instance owns the users
 * of the log partitions assigned to it, and time passing reaches each user through its owner only.
 */
@FunctionalInterface
public interface UserScope {
    UserScope ALL = userRef -> true;

    boolean includes(UserRef userRef);
}
