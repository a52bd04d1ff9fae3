package io.evpair.app.security;

import io.evpair.engine.clients.LoginThrottle;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@link LoginThrottle} with one Resilience4j rate limiter per source address or principal, each a budget per
 * minute. Kept in this instance's memory (a bounded number of keys, least recently used dropped): with N
 * instances behind a balancer an attacker gets at most N times the budget, which still stops guessing.
 */
@Component
@EnableConfigurationProperties(RateLimitProperties.class)
class LoginRateLimits implements LoginThrottle {
    private static final Logger log = LoggerFactory.getLogger(LoginRateLimits.class);
    private static final int MAX_KEYS = 20_000;
    /** Longer principals are cut: a user name of 8 KB would otherwise cost 8 KB of each of the keys kept. */
    static final int MAX_PRINCIPAL_LENGTH = 200;
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final RateLimiterConfig requestsPerSource;
    private final RateLimiterConfig failuresPerSource;
    private final RateLimiterConfig failuresPerPrincipal;
    private final Map<String, RateLimiter> limiters = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
            return size() > MAX_KEYS;
        }
    };

    LoginRateLimits(RateLimitProperties budgets) {
        this.requestsPerSource = perMinute(budgets.requestsPerSource());
        this.failuresPerSource = perMinute(budgets.failuresPerSource());
        this.failuresPerPrincipal = perMinute(budgets.failuresPerPrincipal());
    }

    @Override
    public Optional<Duration> request(String source) {
        RateLimiter limiter = limiter("requests from " + source, requestsPerSource);
        if (limiter.acquirePermission()) {
            return Optional.empty();
        }
        log.warn("Login requests from {} are over their budget of {} a minute; refused with 429",
                source, requestsPerSource.getLimitForPeriod());
        return Optional.of(wait(limiter));
    }

    @Override
    public Optional<Duration> blocked(String source, String principal) {
        for (RateLimiter limiter : new RateLimiter[] {limiter("failures from " + source, failuresPerSource),
                limiter("failures of " + cut(principal), failuresPerPrincipal)}) {
            if (limiter.getMetrics().getAvailablePermissions() <= 0) {
                log.warn("Login {} from {} refused with 429: too many failed logins ({})", principal, source, limiter.getName());
                return Optional.of(wait(limiter));
            }
        }
        return Optional.empty();
    }

    @Override
    public void failed(String source, String principal) {
        limiter("failures from " + source, failuresPerSource).acquirePermission();
        limiter("failures of " + cut(principal), failuresPerPrincipal).acquirePermission();
    }

    private static String cut(String principal) {
        return principal.length() <= MAX_PRINCIPAL_LENGTH ? principal : principal.substring(0, MAX_PRINCIPAL_LENGTH);
    }

    private RateLimiter limiter(String key, RateLimiterConfig config) {
        synchronized (limiters) {
            return limiters.computeIfAbsent(key, k -> RateLimiter.of(k, config));
        }
    }

    /** Until the limiter's window turns over; at least a second, as Retry-After counts whole seconds. */
    private static Duration wait(RateLimiter limiter) {
        long nanos = limiter instanceof AtomicRateLimiter atomic ? atomic.getDetailedMetrics().getNanosToWait() : WINDOW.toNanos();
        return Duration.ofNanos(Math.max(nanos, Duration.ofSeconds(1).toNanos()));
    }

    private static RateLimiterConfig perMinute(int limit) {
        return RateLimiterConfig.custom().limitForPeriod(limit).limitRefreshPeriod(WINDOW).timeoutDuration(Duration.ZERO).build();
    }
}
