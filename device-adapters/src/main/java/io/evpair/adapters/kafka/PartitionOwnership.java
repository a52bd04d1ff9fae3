package io.evpair.adapters.kafka;

import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ingest.UserScope;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The users this instance owns right now: those of the log partitions the consumer group assigned to it. */
public final class PartitionOwnership implements UserScope {
    private final Partitioning partitioning;
    private final Set<Integer> assigned = ConcurrentHashMap.newKeySet();

    public PartitionOwnership(Partitioning partitioning) {
        this.partitioning = partitioning;
    }

    @Override
    public boolean includes(UserRef userRef) {
        return assigned.contains(partitioning.of(userRef.value()));
    }

    void assigned(Collection<Integer> partitions) {
        assigned.addAll(partitions);
    }

    void revoked(Collection<Integer> partitions) {
        assigned.removeAll(partitions);
    }

    /** The partitions assigned here now. */
    public Set<Integer> partitions() {
        return Set.copyOf(assigned);
    }

    /** The users of some partitions, owned here or not. */
    UserScope usersOf(Collection<Integer> partitions) {
        Set<Integer> set = Set.copyOf(partitions);
        return userRef -> set.contains(partitioning.of(userRef.value()));
    }
}
