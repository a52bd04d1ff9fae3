package io.evpair.engine.ingest;

import io.evpair.engine.observations.Observation;

import io.evpair.engine.ingest.GroupCommit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evpair.engine.ids.DeviceType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final List<List<Integer>> groups = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstWriteMayEnd = new CountDownLatch(1);

    @AfterEach
    void stop() {
        firstWriteMayEnd.countDown();
        callers.shutdownNow();
    }

    /** A writer that returns without settling a batch is a fault of ours: the caller learns it, and is not left waiting. */
    @Test
    void aBatchTheWriterLeftUnsettledFailsItsCaller() {
        GroupCommit commit = new GroupCommit(1, 100, (group, stored) -> { });
        assertThatThrownBy(() -> commit.submit(batch(1, 1))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("left a batch unsettled");
    }

    /** What the writer settled stays as it settled it. */
    @Test
    void aSettledBatchKeepsItsOutcome() {
        GroupCommit commit = new GroupCommit(1, 100, (group, stored) -> group.forEach(p -> p.succeeded(p.batch.size())));
        assertThat(commit.submit(batch(1, 1))).isEqualTo(1);
    }

    @Test
    void batchesArrivingDuringAWriteAreWrittenTogetherInArrivalOrder() throws Exception {
        GroupCommit commit = new GroupCommit(1, 100, this::recordAndBlockFirst);
        CompletableFuture<Integer> first = submit(commit, batch(1, 1));
        awaitTrue(() -> groups.size() == 1);
        List<CompletableFuture<Integer>> later = new ArrayList<>();
        for (int i = 2; i <= 6; i++) {
            later.add(submit(commit, batch(i, 2)));
            int queued = i - 1;
            awaitTrue(() -> commit.queued() == queued);
        }
        firstWriteMayEnd.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        for (CompletableFuture<Integer> f : later) {
            assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        }
        assertThat(groups).containsExactly(List.of(1), List.of(2, 3, 4, 5, 6));
    }

    @Test
    void aGroupHoldsAtMostMaxRowsButABiggerBatchStillGoesAlone() throws Exception {
        GroupCommit commit = new GroupCommit(1, 4, this::recordAndBlockFirst);
        CompletableFuture<Integer> first = submit(commit, batch(1, 1));
        awaitTrue(() -> groups.size() == 1);
        List<CompletableFuture<Integer>> later = new ArrayList<>();
        int[] sizes = {2, 2, 9, 1};
        for (int i = 0; i < sizes.length; i++) {
            later.add(submit(commit, batch(i + 2, sizes[i])));
            int queued = i + 1;
            awaitTrue(() -> commit.queued() == queued);
        }
        firstWriteMayEnd.countDown();

        first.get(10, TimeUnit.SECONDS);
        for (CompletableFuture<Integer> f : later) {
            f.get(10, TimeUnit.SECONDS);
        }
        assertThat(groups).containsExactly(List.of(1), List.of(2, 3), List.of(4), List.of(5));
    }

    @Test
    void aWriteThatThrowsFailsItsGroupOnlyAndTheNextGroupIsStillWritten() throws Exception {
        AtomicInteger writes = new AtomicInteger();
        GroupCommit commit = new GroupCommit(1, 100, (group, stored) -> {
            if (writes.incrementAndGet() == 2) {
                throw new IllegalStateException("database gone");
            }
            recordAndBlockFirst(group, stored);
        });
        CompletableFuture<Integer> first = submit(commit, batch(1, 1));
        awaitTrue(() -> groups.size() == 1);
        CompletableFuture<Integer> second = submit(commit, batch(2, 1));
        awaitTrue(() -> commit.queued() == 1);
        firstWriteMayEnd.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("database gone");
        assertThat(submit(commit, batch(3, 1)).get(10, TimeUnit.SECONDS)).isEqualTo(1);
    }

    @Test
    void aGroupBeingProcessedAfterItIsStoredDoesNotHoldUpTheNext() throws Exception {
        CountDownLatch slowProcessingMayEnd = new CountDownLatch(1);
        CountDownLatch firstStored = new CountDownLatch(1);
        GroupCommit commit = new GroupCommit(1, 100, (group, stored) -> {
            stored.run();
            if (group.get(0).batch.get(0).observedAt().getEpochSecond() == 1) {
                firstStored.countDown();
                try {
                    slowProcessingMayEnd.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            group.forEach(p -> p.succeeded(p.batch.size()));
        });
        CompletableFuture<Integer> slow = submit(commit, batch(1, 1));
        assertThat(firstStored.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(submit(commit, batch(2, 1)).get(5, TimeUnit.SECONDS)).as("written while the first is processed").isEqualTo(1);
        assertThat(slow).isNotDone();
        slowProcessingMayEnd.countDown();
        assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    }

    @Test
    void noMoreWritesRunAtOnceThanThereAreWriters() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        GroupCommit commit = new GroupCommit(2, 1, (group, stored) -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            long end = System.nanoTime() + 200_000;
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            running.decrementAndGet();
            group.forEach(p -> p.succeeded(p.batch.size()));
        });
        List<CompletableFuture<Integer>> all = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            all.add(submit(commit, batch(i, 1)));
        }
        for (CompletableFuture<Integer> f : all) {
            assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        }
        assertThat(most.get()).isBetween(1, 2);
    }

    /** Records each group as the ids of its batches, settles it; the first write waits for the test's signal. */
    private void recordAndBlockFirst(List<GroupCommit.Pending> group, Runnable stored) {
        groups.add(group.stream().map(p -> (int) p.batch.get(0).observedAt().getEpochSecond()).toList());
        if (groups.size() == 1) {
            try {
                firstWriteMayEnd.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        group.forEach(p -> p.succeeded(p.batch.size()));
    }

    private CompletableFuture<Integer> submit(GroupCommit commit, List<Observation> batch) {
        return CompletableFuture.supplyAsync(() -> commit.submit(batch), callers);
    }

    /** A batch named {@code id} (its observations' observedAt second) of {@code size} observations. */
    private static List<Observation> batch(int id, int size) {
        List<Observation> batch = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            batch.add(new Observation(UUID.randomUUID(), DeviceType.VEHICLE, Instant.ofEpochSecond(id), Instant.ofEpochSecond(id),
                    true, null, null, null, null, null));
        }
        return batch;
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s for the condition").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
