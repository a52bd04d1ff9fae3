package io.evpair.app.security;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code evpair.rate-limits.*}: login budgets a minute (token endpoint, {@code /admin}, OCPP), per instance.
 *
 * @param requestsPerSource    login requests one source address may make
 * @param failuresPerSource    failed logins one source address may have
 * @param failuresPerPrincipal failed logins one client id, operator or charge point may have, from anywhere
 */
@ConfigurationProperties("evpair.rate-limits")
@Validated
public record RateLimitProperties(@DefaultValue("300") @Positive int requestsPerSource,
                                  @DefaultValue("30") @Positive int failuresPerSource,
                                  @DefaultValue("10") @Positive int failuresPerPrincipal) {
}
