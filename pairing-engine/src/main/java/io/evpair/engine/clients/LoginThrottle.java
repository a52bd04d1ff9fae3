package io.evpair.engine.clients;

import java.time.Duration;
import java.util.Optional;

/**
 * How often credentials may be tried (token endpoint, operator API, OCPP Basic auth): requests per source
 * address, and failed logins per source and per principal, so that secrets cannot be guessed and the
 * deliberately slow secret hashing cannot be turned against the service. Answers how long a refused caller
 * must wait.
 */
public interface LoginThrottle {
    /** Counts one request from {@code source} to a login door; empty when it may go on. */
    Optional<Duration> request(String source);

    /** Whether a login from {@code source} as {@code principal} must wait after too many failures; counts nothing. */
    Optional<Duration> blocked(String source, String principal);

    /** Counts one failed login from {@code source} as {@code principal}. */
    void failed(String source, String principal);
}
