package io.evpair.engine.transaction;

import java.util.function.Supplier;

/**
 * Runs a use case as one unit of work: everything it stores becomes visible together, or nothing does.
 * The storage side implements it; the domain only says where a unit begins and ends.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
