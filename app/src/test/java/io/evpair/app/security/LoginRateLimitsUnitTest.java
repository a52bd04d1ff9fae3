package io.evpair.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The limiter's own rules, without a server: budgets per key, and keys that cannot grow without bound. */
class LoginRateLimitsUnitTest {
    private final LoginRateLimits limits = new LoginRateLimits(new RateLimitProperties(2, 100, 1));

    @Test
    void aSourceOverItsRequestBudgetWaitsForTheWindowToTurn() {
        assertThat(limits.request("198.51.100.1")).isEmpty();
        assertThat(limits.request("198.51.100.1")).isEmpty();

        assertThat(limits.request("198.51.100.1")).hasValueSatisfying(wait -> assertThat(wait.toSeconds()).isBetween(1L, 60L));
        assertThat(limits.request("198.51.100.2")).isEmpty();
    }

    @Test
    void aHugeUserNameIsKeptShortSoThatGuessersCannotFillTheMemory() {
        String prefix = "client " + "x".repeat(LoginRateLimits.MAX_PRINCIPAL_LENGTH);

        limits.failed("198.51.100.3", prefix + "first guess");

        // Only the first MAX_PRINCIPAL_LENGTH characters make the key: both names are one principal.
        assertThat(limits.blocked("198.51.100.4", prefix + "another guess")).isPresent();
        assertThat(limits.blocked("198.51.100.4", "client short")).isEmpty();
    }
}
