package io.evpair.engine.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.testing.VirtualClocks;
import io.evpair.engine.time.ClientClocks;
import io.evpair.engine.time.EngineTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class VirtualClockMovesTest {
    private static final Instant T0 = Instant.parse("2026-03-02T18:00:00Z");
    private final ClientId client = new ClientId(UUID.randomUUID());
    private final VirtualClocks stored = new VirtualClocks();
    private final List<Instant> writes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean failNext = new AtomicBoolean();
    /** A slow clock row: every write takes 50 ms, as a commit on a busy machine may. */
    private final ClientClocks slow = new ClientClocks() {
        @Override
        public Optional<Instant> virtualNow(ClientId clientId) {
            return stored.virtualNow(clientId);
        }

        @Override
        public Instant advance(ClientId clientId, Instant to) {
            sleep(50);
            if (failNext.getAndSet(false)) {
                throw new IllegalStateException("the database is gone");
            }
            writes.add(to);
            return stored.advance(clientId, to);
        }
    };
    private final List<Instant> passed = Collections.synchronizedList(new ArrayList<>());
    private final VirtualClockMoves moves = new VirtualClockMoves(new EngineTime(slow, Clock.fixed(T0, ZoneOffset.UTC)),
            (clientId, now) -> {
                sleep(50);
                passed.add(now);
            });

    @Test
    void concurrentMovesShareWritesAndEachReturnsOnceTheClockStandsWhereItAsked() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Instant>> answers = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            Instant to = T0.plusSeconds(i);
            answers.add(senders.submit(() -> {
                start.await();
                Instant now = moves.advance(client, to);
                moves.timePassed(client, to);
                assertThat(passed).as("the engine acted on time up to the caller's instant before it returns")
                        .anyMatch(p -> !p.isBefore(to));
                return now;
            }));
        }
        start.countDown();
        for (int i = 1; i <= 8; i++) {
            assertThat(answers.get(i - 1).get()).isAfterOrEqualTo(T0.plusSeconds(i));
        }
        senders.shutdown();

        assertThat(stored.virtualNow(client)).contains(T0.plusSeconds(8));
        assertThat(writes).as("the first write, then one for everyone who waited").hasSizeLessThanOrEqualTo(3);
        assertThat(passed).as("time passed as often as the clock moved, at most").hasSizeLessThanOrEqualTo(3)
                .contains(T0.plusSeconds(8));
        assertThat(moves.atLeast(client)).contains(T0.plusSeconds(8));
    }

    @Test
    void aMoveBehindTheKnownClockWritesNothing() {
        moves.advance(client, T0.plusSeconds(60));

        assertThat(moves.advance(client, T0.plusSeconds(30))).isEqualTo(T0.plusSeconds(60));
        assertThat(writes).containsExactly(T0.plusSeconds(60));
    }

    @Test
    void aFailedWriteLetsTheNextCallerWrite() {
        failNext.set(true);
        try {
            moves.advance(client, T0.plusSeconds(10));
        } catch (IllegalStateException expected) {
            // the first caller hears the failure
        }

        assertThat(moves.advance(client, T0.plusSeconds(20))).isEqualTo(T0.plusSeconds(20));
        assertThat(moves.atLeast(client)).contains(T0.plusSeconds(20));
    }

    @Test
    void aClockMovedElsewhereIsKnownOnceRead() {
        stored.advance(client, T0.plusSeconds(500));

        assertThat(moves.atLeast(client)).isEmpty();
        assertThat(moves.read(client)).contains(T0.plusSeconds(500));
        assertThat(moves.advance(client, T0.plusSeconds(400))).isEqualTo(T0.plusSeconds(500));
        assertThat(writes).isEmpty();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
