package io.evpair.engine.testing;

import io.evpair.engine.transaction.Transactions;
import java.util.function.Supplier;

/**
 * Units of work in one thread, nested ones joining the outer. It stores nothing itself; it lets the other fakes
 * check that the engine writes inside a unit where the contract says so (see {@link RecordingOutbox}).
 */
public final class InMemoryTransactions implements Transactions {
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
    private int committed;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        depth.set(depth.get() + 1);
        try {
            T result = work.get();
            if (depth.get() == 1) {
                committed++;
            }
            return result;
        } finally {
            depth.set(depth.get() - 1);
        }
    }

    public boolean isOpen() {
        return depth.get() > 0;
    }

    /** How many outermost units ended without an exception. */
    public int committed() {
        return committed;
    }
}
