package io.evpair.app.wiring;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code evpair.pairing.*}: the pairing engine.
 *
 * @param rebuildWindow how far back the observations go that rebuild a user's pairing state after a restart or
 *                      a device change
 */
@ConfigurationProperties("evpair.pairing")
@Validated
public record PairingProperties(@DefaultValue("P3D") @NotNull @DurationMin(millis = 1) Duration rebuildWindow) {
}
