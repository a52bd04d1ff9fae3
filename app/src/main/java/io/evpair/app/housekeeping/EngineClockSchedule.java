package io.evpair.app.housekeeping;

import io.evpair.engine.ingest.WallClockTicks;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** Moves the engine's time for wall-clock clients every minute, so time-driven pairing decisions happen. */
@Component
@EnableConfigurationProperties(EngineClockProperties.class)
class EngineClockSchedule implements SchedulingConfigurer {
    private final WallClockTicks ticks;
    private final Duration tick;

    EngineClockSchedule(WallClockTicks ticks, EngineClockProperties properties) {
        this.ticks = ticks;
        this.tick = properties.tick();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(ticks::tick, tick, Duration.ofMinutes(1)));
    }
}
