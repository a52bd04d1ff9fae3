package io.evpair.app.wiring;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code evpair.observations.*}: what the service accepts and keeps of devices' reports.
 *
 * @param maxClockSkew   how far ahead of its receipt a device may date a report: the simulator refuses more, the
 *                       pipeline clamps it
 * @param retention      observations older than this are deleted
 * @param retentionCheck how often the retention deletes them
 */
@ConfigurationProperties("evpair.observations")
@Validated
public record ObservationProperties(@DefaultValue("PT10M") @NotNull @DurationMin(millis = 0) Duration maxClockSkew,
                                    @DefaultValue("P90D") @NotNull @DurationMin(millis = 1) Duration retention,
                                    @DefaultValue("PT1H") @NotNull @DurationMin(millis = 1) Duration retentionCheck) {
}
