package io.evpair.app.housekeeping;

import io.evpair.engine.observations.ObservationRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the observation retention every hour; harmless when several instances run it at once. */
@Component
class RetentionSchedule {
    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

    private final ObservationRetention retention;

    RetentionSchedule(ObservationRetention retention) {
        this.retention = retention;
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "${evpair.observations.retention-check:PT1H}")
    void purge() {
        long deleted = retention.purge();
        if (deleted > 0) {
            log.info("Observation retention deleted {} observations", deleted);
        }
    }
}
