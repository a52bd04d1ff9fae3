package io.evpair.app.housekeeping;

import io.evpair.app.wiring.ObservationProperties;
import io.evpair.engine.observations.ObservationRetention;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** Runs the observation retention every hour; harmless when several instances run it at once. */
@Component
class RetentionSchedule implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

    private final ObservationRetention retention;
    private final Duration check;

    RetentionSchedule(ObservationRetention retention, ObservationProperties properties) {
        this.retention = retention;
        this.check = properties.retentionCheck();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::purge, check, Duration.ofMinutes(5)));
    }

    void purge() {
        long deleted = retention.purge();
        if (deleted > 0) {
            log.info("Observation retention deleted {} observations", deleted);
        }
    }
}
