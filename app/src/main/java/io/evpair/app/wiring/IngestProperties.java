package io.evpair.app.wiring;

import io.evpair.engine.ingest.ObservationPipeline;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code evpair.ingest.*}: the observation pipeline's group commit (docs/telemetry.md).
 *
 * @param writers      groups of observations written at once, each in its own transaction
 * @param maxGroupRows the most observations one group (one transaction) takes
 */
@ConfigurationProperties("evpair.ingest")
@Validated
public record IngestProperties(@DefaultValue("" + ObservationPipeline.DEFAULT_WRITERS) @Positive int writers,
                               @DefaultValue("" + ObservationPipeline.DEFAULT_MAX_GROUP_ROWS) @Positive int maxGroupRows) {
}
