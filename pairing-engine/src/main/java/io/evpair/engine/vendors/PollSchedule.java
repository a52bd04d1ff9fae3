package io.evpair.engine.vendors;

import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.Vendor;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Storage port for when each vendor-cloud device is polled next. Claims are leased: a claimed poll is invisible
 * to every other claimer (any instance) until it is rescheduled or its lease runs out, so a poll never runs twice
 * at once, and polls survive restarts.
 */
public interface PollSchedule {
    /** Polls the device at {@code at}, replacing any schedule it had (and its failure count). */
    void schedule(UUID deviceId, DeviceType type, Vendor vendor, Instant at);

    /** Claims up to {@code limit} of the vendor's polls due at {@code now}, leased until {@code now + lease}. */
    List<DuePoll> claimDue(Vendor vendor, Instant now, Duration lease, int limit);

    /** Ends the claim: next poll at {@code next}, after {@code failures} failures in a row. */
    void reschedule(UUID deviceId, Instant next, int failures);

    void remove(Collection<UUID> deviceIds);

    record DuePoll(UUID deviceId, DeviceType type, Vendor vendor, int failures) {
    }
}
