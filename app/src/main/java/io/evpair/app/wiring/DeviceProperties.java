package io.evpair.app.wiring;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code evpair.devices.*}: how the device API judges the devices it lists.
 *
 * @param reachableWithin a device heard from within this long is reported reachable
 */
@ConfigurationProperties("evpair.devices")
@Validated
public record DeviceProperties(@DefaultValue("PT1H") @NotNull @DurationMin(millis = 1) Duration reachableWithin) {
}
