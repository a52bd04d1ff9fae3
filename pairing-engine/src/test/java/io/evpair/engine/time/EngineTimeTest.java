package io.evpair.engine.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How far a client's virtual clock may move: a lead beyond the later of the wall clock and the virtual one. */
class EngineTimeTest {
    private static final Instant WALL = Instant.parse("2026-12-01T12:00:00Z");
    private static final Duration LEAD = Duration.ofDays(30);
    private final EngineTime time = new EngineTime(null, Clock.fixed(WALL, ZoneOffset.UTC));

    @Test
    void theLeadCountsFromTheWallClockWhileTheVirtualOneIsBehindIt() {
        assertThat(time.furthestMove(Optional.empty(), LEAD)).isEqualTo(WALL.plus(LEAD));
        assertThat(time.furthestMove(Optional.of(WALL.minusSeconds(60)), LEAD)).isEqualTo(WALL.plus(LEAD));
    }

    @Test
    void theLeadCountsFromAVirtualClockAhead() {
        Instant ahead = Instant.parse("2030-01-01T00:00:00Z");
        assertThat(time.furthestMove(Optional.of(ahead), LEAD)).isEqualTo(ahead.plus(LEAD));
    }

    @Test
    void itSaturatesAtTheLastInstant() {
        assertThat(time.furthestMove(Optional.of(Instant.MAX.minus(Duration.ofDays(1))), LEAD)).isEqualTo(Instant.MAX);
        assertThat(time.furthestMove(Optional.of(Instant.MAX.minus(LEAD)), LEAD)).isEqualTo(Instant.MAX);
        assertThat(time.furthestMove(Optional.of(Instant.MAX.minus(LEAD).minusNanos(1)), LEAD))
                .isEqualTo(Instant.MAX.minusNanos(1));
        assertThat(time.furthestMove(Optional.of(Instant.MAX), LEAD)).isEqualTo(Instant.MAX);
    }
}
