package io.evpair.engine.vendors;

import io.evpair.engine.devices.DeviceState;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How often a device is polled: often while plugged in or charging (pairing and actions need it), rarely while
 * idle or asleep; after failures, exponentially less often with jitter, up to {@code maxBackoff}.
 */
public record PollCadence(Duration active, Duration idle, Duration asleep, Duration maxBackoff) {
    public Duration after(DeviceState state) {
        boolean busy = Boolean.TRUE.equals(state.pluggedIn()) || Boolean.TRUE.equals(state.charging());
        return busy ? active : idle;
    }

    /** The wait after {@code failures} failures in a row (1, 2, …): active × 2^(n-1), jittered by ±50 %, capped. */
    public Duration backoff(int failures, DoubleSupplier random) {
        double base = active.toMillis() * Math.pow(2, Math.min(failures - 1, 30));
        double jittered = base * (0.5 + random.getAsDouble());
        return Duration.ofMillis((long) Math.min(jittered, maxBackoff.toMillis()));
    }
}
