package io.evpair.app.housekeeping;

import io.evpair.engine.ingest.WallClockTicks;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Moves the engine's time for wall-clock clients every minute, so time-driven pairing decisions happen. */
@Component
class EngineClockSchedule {
    private final WallClockTicks ticks;

    EngineClockSchedule(WallClockTicks ticks) {
        this.ticks = ticks;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${evpair.engine.tick:PT1M}")
    void tick() {
        ticks.tick();
    }
}
