package io.evpair.app.wiring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code evpair.actions.*}: charging actions (start, stop, limits) sent to devices.
 *
 * @param timeout         an action not confirmed by the device within this long fails
 * @param firstRetry      the wait before a failed command is first sent again; later waits grow from it
 * @param dispatchThreads threads that send commands to slowly answering devices (OCPP), so neither the API nor the
 *                        engine's clock waits for them
 */
@ConfigurationProperties("evpair.actions")
@Validated
public record ActionProperties(@DefaultValue("PT10M") @NotNull @DurationMin(millis = 1) Duration timeout,
                               @DefaultValue("PT30S") @NotNull @DurationMin(millis = 1) Duration firstRetry,
                               @DefaultValue("32") @Positive int dispatchThreads) {
}
