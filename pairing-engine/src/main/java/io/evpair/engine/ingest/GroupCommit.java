package io.evpair.engine.ingest;

import io.evpair.engine.observations.Observation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import io.evpair.engine.time.ClockMove;
import java.util.List;
import java.util.function.Supplier;

/**
 * Group commit for the observation pipeline: batches that arrive while earlier ones are being written are written
 * together, one transaction for the group, so that a thousand single observations a second cost a few hundred
 * commits rather than a thousand. The callers' own threads write (no hand-off to a queue thread): whoever finds a
 * writer slot free takes what is pending, oldest first and up to {@code maxRows}, writes it for everyone and
 * completes each batch; the others wait for their own batch's outcome. Nothing lingers: alone, a batch is written
 * at once; under load the groups grow by themselves with the number of concurrent callers. A writer gives its slot
 * back as soon as its group is stored: processing (pairing, commands that may wait for a charge point or a vendor
 * cloud) runs under the users' locks only, and never holds up other users' groups.
 */
final class GroupCommit {
    private final int writers;
    private final int maxRows;
    private final GroupWriter write;
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private int writing;

    /** What writes a group; it must settle every batch of it, and may throw only for a fault of its own. */
    @FunctionalInterface
    interface GroupWriter {
        /** Calls {@code stored} once the group's transaction has committed, before processing it. */
        void write(List<Pending> group, Runnable stored);
    }

    GroupCommit(int writers, int maxRows, GroupWriter write) {
        if (writers < 1 || maxRows < 1) {
            throw new IllegalArgumentException("writers and maxRows must be positive");
        }
        this.writers = writers;
        this.maxRows = maxRows;
        this.write = write;
    }

    /** Returns once {@code batch} is written and processed, with how many of its observations were new. */
    int submit(List<Observation> batch) {
        return submit(batch, null);
    }

    /** As {@link #submit(List)}, moving a client's virtual clock in the group's transaction; {@code clock} may be null. */
    int submit(List<Observation> batch, ClockMove clock) {
        Pending mine = new Pending(batch, clock);
        boolean interrupted = false;
        try {
            synchronized (this) {
                queue.add(mine);
            }
            while (true) {
                List<Pending> group;
                synchronized (this) {
                    // Interrupts are held back: a batch taken by a writer is settled by it, and must be waited for.
                    while (!mine.taken && writing >= writers || mine.taken && !mine.settled()) {
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            interrupted = true;
                        }
                    }
                    if (mine.settled()) {
                        return mine.outcome();
                    }
                    writing++;
                    group = take();
                }
                boolean[] slotReturned = {false};
                Runnable returnSlot = () -> {
                    synchronized (this) {
                        if (!slotReturned[0]) {
                            slotReturned[0] = true;
                            writing--;
                            notifyAll();
                        }
                    }
                };
                try {
                    write.write(group, returnSlot);
                } catch (RuntimeException | Error e) {
                    // Not rethrown: this thread's own batch may still be queued behind the group, and is waited for.
                    group.forEach(p -> p.failIfOpen(() -> e));
                } finally {
                    returnSlot.run();
                    synchronized (this) {
                        group.forEach(p -> p.failIfOpen(
                                () -> new IllegalStateException("the group write left a batch unsettled")));
                        notifyAll();
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Batches waiting for a writer (for tests). */
    synchronized int queued() {
        return queue.size();
    }

    /** Oldest first, up to maxRows; at least one batch, however large. */
    private List<Pending> take() {
        List<Pending> group = new ArrayList<>();
        int rows = 0;
        while (!queue.isEmpty() && (group.isEmpty() || rows + queue.peek().batch.size() <= maxRows)) {
            Pending next = queue.poll();
            next.taken = true;
            rows += next.batch.size();
            group.add(next);
        }
        return group;
    }

    /** One caller's batch: all of it is applied or none, and the caller learns which. Guarded by the GroupCommit. */
    static final class Pending {
        final List<Observation> batch;
        /** Null unless the batch moves its client's virtual clock. */
        final ClockMove clock;
        private boolean taken;
        private Integer fresh;
        private RuntimeException failure;

        Pending(List<Observation> batch) {
            this(batch, null);
        }

        Pending(List<Observation> batch, ClockMove clock) {
            this.batch = batch;
            this.clock = clock;
        }

        void succeeded(int freshCount) {
            fresh = freshCount;
        }

        void failed(RuntimeException e) {
            failure = e;
        }

        boolean settled() {
            return fresh != null || failure != null;
        }

        /**
         * Fails the batch unless it is settled; {@code cause} is called only then, since an exception's stack trace per
         * batch was the costliest throw of single-observation ingest (docs/performance.md, issue 19's fifth pass).
         */
        void failIfOpen(Supplier<? extends Throwable> cause) {
            if (!settled()) {
                Throwable e = cause.get();
                failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
        }

        int outcome() {
            if (failure != null) {
                throw failure;
            }
            return fresh;
        }
    }
}
