package io.evpair.adapters.smartcar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Smartcar's documented per-vehicle limit as a token bucket on our side: {@code capacity} requests, refilled at
 * {@code refillPerMinute}; and after a 429, nothing until its Retry-After has passed. Time comes from the injected
 * clock, so the refill is tested without waiting. Per instance (see docs/vendors.md).
 */
final class VehicleRequestBudget {
    private final int capacity;
    private final double refillPerMilli;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    VehicleRequestBudget(int capacity, double refillPerMinute, Clock clock) {
        this.capacity = capacity;
        this.refillPerMilli = refillPerMinute / 60_000.0;
        this.clock = clock;
    }

    /** Takes {@code requests} from the vehicle's bucket; when it cannot, how long until it could. */
    Optional<Duration> take(String vehicle, int requests) {
        Instant now = clock.instant();
        Bucket bucket = buckets.computeIfAbsent(vehicle, v -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.refill(now, capacity, refillPerMilli);
            if (bucket.blockedUntil != null && now.isBefore(bucket.blockedUntil)) {
                return Optional.of(Duration.between(now, bucket.blockedUntil));
            }
            if (bucket.tokens >= requests) {
                bucket.tokens -= requests;
                return Optional.empty();
            }
            long millis = (long) Math.ceil((requests - bucket.tokens) / refillPerMilli);
            return Optional.of(Duration.ofMillis(millis));
        }
    }

    /** Smartcar said 429: nothing more for this vehicle until {@code retryAfter} has passed. */
    void blockFor(String vehicle, Duration retryAfter) {
        Instant now = clock.instant();
        Bucket bucket = buckets.computeIfAbsent(vehicle, v -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.blockedUntil = now.plus(retryAfter);
        }
    }

    private static final class Bucket {
        private double tokens;
        private Instant refilledAt;
        private Instant blockedUntil;

        Bucket(double tokens, Instant at) {
            this.tokens = tokens;
            this.refilledAt = at;
        }

        void refill(Instant now, int capacity, double perMilli) {
            long elapsed = Duration.between(refilledAt, now).toMillis();
            if (elapsed > 0) {
                tokens = Math.min(capacity, tokens + elapsed * perMilli);
                refilledAt = now;
            }
        }
    }
}
