package io.evpair.engine.vendors;

import io.evpair.engine.observations.Observation;
import java.time.Duration;
import java.util.List;

/** What one poll of a device at its vendor's cloud gave. */
public sealed interface PollOutcome {
    /** The device's state, as observations. */
    record Reported(List<Observation> observations) implements PollOutcome {
        public Reported {
            observations = List.copyOf(observations);
        }
    }

    /** The device sleeps (Tesla's 408); it is not woken just to be polled, and counts as reachable. */
    record Asleep() implements PollOutcome {
    }

    /** The vendor refused the access token (401): refresh it, or relink. */
    record Unauthorized(String detail) implements PollOutcome {
    }

    /** Too many requests (429): wait at least {@code retryAfter}, the vendor's Retry-After. */
    record RateLimited(Duration retryAfter) implements PollOutcome {
    }

    /** 5xx, timeouts, unreadable answers, after the adapter's own retries. */
    record Failed(String detail) implements PollOutcome {
    }
}
