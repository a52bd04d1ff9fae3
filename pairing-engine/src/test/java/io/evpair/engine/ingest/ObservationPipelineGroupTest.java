package io.evpair.engine.ingest;

import io.evpair.engine.testing.VirtualClocks;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.observations.ObservationStore;
import io.evpair.engine.ingest.ClockSkewLimit;
import io.evpair.engine.ingest.UnknownDeviceException;
import io.evpair.engine.ingest.ObservationProcessor;
import io.evpair.engine.ingest.UserScope;
import io.evpair.engine.ingest.ObservationPipeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.evpair.engine.ids.DeviceOwner;
import io.evpair.engine.devices.DeviceState;
import io.evpair.engine.devices.DeviceStateStore;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.transaction.Transactions;
import io.evpair.engine.webhooks.EventOutbox;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's side of the group commit, over in-memory stores whose transaction keeps or drops what it
 * appended: a batch that spoils its group's transaction is refused alone, and the others are stored and processed.
 */
class ObservationPipelineGroupTest {
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final Map<UUID, DeviceOwner> owners = new HashMap<>();
    private final List<Observation> committed = new CopyOnWriteArrayList<>();
    private final List<Observation> processed = new CopyOnWriteArrayList<>();
    private final List<Integer> transactionSizes = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstAppendMayEnd = new CountDownLatch(1);
    private final ThreadLocal<List<Observation>> uncommitted = new ThreadLocal<>();
    private final ObservationPipeline pipeline = new ObservationPipeline(fake(DeviceStore.class, "owners", this::ownersOf),
            new AppendingStore(), fake(DeviceStateStore.class, "load", args -> Map.of()), new KeepOrDrop(),
            List.of(new Recorder()), fake(EventOutbox.class, "publishAll", args -> null), new VirtualClocks(),
            new ClockSkewLimit(ClockSkewLimit.DEFAULT), 1, 1000);

    @AfterEach
    void stop() {
        firstAppendMayEnd.countDown();
        callers.shutdownNow();
    }

    @Test
    void aBatchThatSpoilsTheGroupIsRefusedAloneAndTheOthersAreStoredAndProcessed() throws Exception {
        UserRef user = new UserRef(UUID.randomUUID());
        List<Observation> first = List.of(observation(device(user), 1, 50.0));
        List<Observation> good = List.of(observation(device(user), 2, 50.0), observation(device(user), 3, 51.0));
        List<Observation> poisoned = List.of(observation(device(user), 4, 50.0), observation(device(user), 5, -1.0));
        List<Observation> alsoGood = List.of(observation(device(new UserRef(UUID.randomUUID())), 6, 52.0));

        CompletableFuture<Void> firstDone = accept(first);
        await(() -> transactionSizes.size() == 1);
        CompletableFuture<Void> goodDone = accept(good);
        CompletableFuture<Void> poisonedDone = accept(poisoned);
        CompletableFuture<Void> alsoGoodDone = accept(alsoGood);
        await(() -> pipeline.queued() == 3);
        firstAppendMayEnd.countDown();

        firstDone.get(10, TimeUnit.SECONDS);
        goodDone.get(10, TimeUnit.SECONDS);
        alsoGoodDone.get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> poisonedDone.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("check constraint: battery_level");
        assertThat(committed).containsExactlyInAnyOrderElementsOf(concat(first, good, alsoGood));
        assertThat(processed).containsExactlyInAnyOrderElementsOf(committed);
        assertThat(transactionSizes).as("one transaction for the first batch, then one per group until it failed")
                .startsWith(1).hasSizeGreaterThan(2);
    }

    @Test
    void anUnknownDeviceFailsItsOwnBatchOnly() throws Exception {
        List<Observation> first = List.of(observation(device(new UserRef(UUID.randomUUID())), 1, 50.0));
        List<Observation> unknown = List.of(observation(UUID.randomUUID(), 2, 50.0));
        List<Observation> known = List.of(observation(device(new UserRef(UUID.randomUUID())), 3, 50.0));

        CompletableFuture<Void> firstDone = accept(first);
        await(() -> transactionSizes.size() == 1);
        CompletableFuture<Void> unknownDone = accept(unknown);
        CompletableFuture<Void> knownDone = accept(known);
        await(() -> pipeline.queued() == 2);
        firstAppendMayEnd.countDown();

        firstDone.get(10, TimeUnit.SECONDS);
        knownDone.get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> unknownDone.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(UnknownDeviceException.class);
        assertThat(committed).containsExactlyInAnyOrderElementsOf(concat(first, known));
    }

    @Test
    void eachUsersObservationsReachTheProcessorsInTheOrderTheyWereStored() {
        firstAppendMayEnd.countDown();
        UserRef user = new UserRef(UUID.randomUUID());
        UUID vehicle = device(user);
        for (int i = 0; i < 20; i++) {
            pipeline.accept(List.of(observation(vehicle, i, 50.0)));
        }
        assertThat(processed).isEqualTo(committed);
        assertThat(processed).extracting(o -> o.observedAt().getEpochSecond()).isSorted();
    }

    private CompletableFuture<Void> accept(List<Observation> batch) {
        return CompletableFuture.runAsync(() -> pipeline.accept(batch), callers);
    }

    private UUID device(UserRef user) {
        UUID id = UUID.randomUUID();
        owners.put(id, new DeviceOwner(id, DeviceType.VEHICLE, new ClientId(UUID.randomUUID()), user, "user"));
        return id;
    }

    private Map<UUID, DeviceOwner> ownersOf(Object[] args) {
        Map<UUID, DeviceOwner> found = new HashMap<>();
        for (Object id : (Collection<?>) args[0]) {
            if (owners.containsKey(id)) {
                found.put((UUID) id, owners.get(id));
            }
        }
        return found;
    }

    private static Observation observation(UUID device, int second, double batteryLevel) {
        return new Observation(device, DeviceType.VEHICLE, Instant.ofEpochSecond(second), Instant.ofEpochSecond(second),
                true, false, 0.0, batteryLevel, null, null);
    }

    @SafeVarargs
    private static List<Observation> concat(List<Observation>... batches) {
        List<Observation> all = new ArrayList<>();
        for (List<Observation> b : batches) {
            all.addAll(b);
        }
        return all;
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> port, String method, java.util.function.Function<Object[], Object> answer) {
        return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, m, args) -> {
            if (m.getName().equals(method)) {
                return answer.apply(args);
            }
            if (m.getReturnType() == void.class) {
                return null;
            }
            throw new UnsupportedOperationException(m.getName());
        });
    }

    /** Appends into the current transaction; a negative battery level fails like the table's check constraint. */
    private final class AppendingStore implements ObservationStore {
        @Override
        public List<Observation> appendNew(List<Observation> batch, Map<UUID, DeviceOwner> ownersOfBatch) {
            transactionSizes.add(batch.size());
            if (transactionSizes.size() == 1) {
                try {
                    firstAppendMayEnd.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (batch.stream().anyMatch(o -> o.batteryLevel() < 0)) {
                throw new IllegalStateException("check constraint: battery_level");
            }
            uncommitted.get().addAll(batch);
            return batch;
        }

        @Override
        public List<Observation> ofUser(UserRef userRef, Instant from, Instant to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Observation> ofDevice(UUID deviceId, Instant from, Instant to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int deleteReceivedBefore(ClientId clientId, Instant cutoff, int limit) {
            throw new UnsupportedOperationException();
        }
    }

    /** Keeps what the work appended when it returns, drops it when it throws. */
    private final class KeepOrDrop implements Transactions {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            uncommitted.set(new ArrayList<>());
            T result = work.get();
            committed.addAll(uncommitted.get());
            return result;
        }
    }

    private final class Recorder implements ObservationProcessor {
        @Override
        public void onObservations(ClientId clientId, UserRef userRef, List<Observation> inReceivedOrder) {
            processed.addAll(inReceivedOrder);
        }

        @Override
        public void onTime(ClientId clientId, Instant now, UserScope users) {
        }
    }
}
