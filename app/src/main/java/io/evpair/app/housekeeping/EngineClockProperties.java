package io.evpair.app.housekeeping;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code evpair.engine.*}: the engine's time for clients on the wall clock.
 *
 * @param tick how often the engine's time moves for wall-clock clients, so that time-driven pairing decisions happen
 */
@ConfigurationProperties("evpair.engine")
@Validated
public record EngineClockProperties(@DefaultValue("PT1M") @NotNull @DurationMin(millis = 1) Duration tick) {
}
