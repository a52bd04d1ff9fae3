package io.evpair.engine.ingest;

import io.evpair.engine.ids.UserRef;
import java.util.Collection;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serializes work per user inside one instance, so that the order observations are stored in is the
 * order the engine sees them. Striped: users share a fixed set of locks; taken in index order so that
 * batches spanning many users never deadlock. A cluster replaces this with partition ownership.
 */
final class UserLocks {
    private final ReentrantLock[] stripes;

    UserLocks(int stripeCount) {
        stripes = new ReentrantLock[stripeCount];
        for (int i = 0; i < stripeCount; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    <T> T withUsers(Collection<UserRef> users, Supplier<T> work) {
        int[] indices = users.stream().mapToInt(this::stripeOf).distinct().sorted().toArray();
        int locked = 0;
        try {
            for (int index : indices) {
                stripes[index].lock();
                locked++;
            }
            return work.get();
        } finally {
            for (int i = locked - 1; i >= 0; i--) {
                stripes[indices[i]].unlock();
            }
        }
    }

    private int stripeOf(UserRef user) {
        return Math.floorMod(user.hashCode(), stripes.length);
    }
}
