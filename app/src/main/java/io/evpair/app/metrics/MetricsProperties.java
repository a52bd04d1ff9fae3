package io.evpair.app.metrics;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code evpair.metrics.*}: the service's own gauges.
 *
 * @param refresh how often the action and webhook-backlog gauges are read from the database (not on each scrape, so
 *                a busy scraper cannot load it)
 */
@ConfigurationProperties("evpair.metrics")
@Validated
public record MetricsProperties(@DefaultValue("PT15S") @NotNull @DurationMin(millis = 1) Duration refresh) {
}
