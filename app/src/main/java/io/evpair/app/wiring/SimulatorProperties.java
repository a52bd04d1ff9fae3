package io.evpair.app.wiring;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code evpair.simulator.*}: the simulated OEM (SPEC 6.1).
 *
 * @param enabled      serves the simulator's API ({@code /simulator/...}); off unless local mode turns it on
 * @param maxClockLead how far a client may move its simulated clock ahead of the wall clock
 */
@ConfigurationProperties("evpair.simulator")
@Validated
public record SimulatorProperties(@DefaultValue("false") boolean enabled,
                                  @DefaultValue("P30D") @NotNull @DurationMin(millis = 0) Duration maxClockLead) {
}
