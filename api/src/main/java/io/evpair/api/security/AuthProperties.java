package io.evpair.api.security;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code evpair.auth.*}: the OAuth2 token endpoint for API clients.
 *
 * @param tokenTtl how long an access token is valid (local mode: PT12H)
 */
@ConfigurationProperties("evpair.auth")
@Validated
public record AuthProperties(@DefaultValue("PT1H") @NotNull @DurationMin(seconds = 1) Duration tokenTtl) {
}
