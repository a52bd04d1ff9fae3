package io.evpair.engine.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage port the webhook sender works from: which lanes have due deliveries, and leasing them. A webhook's
 * deliveries are spread over {@link #LANES} lanes by user; each lane goes strictly in order, one batch at a
 * time, so several batches of one webhook can be in flight without one user's events overtaking each other.
 */
public interface WebhookDeliveries {
    int LANES = 16;

    /** The lane of a user's events (events without a user go on lane 0). */
    static int laneOf(String userId) {
        return userId == null ? 0 : Math.floorMod(userId.hashCode(), LANES);
    }

    /** Lanes of active webhooks whose oldest undelivered event is due. */
    List<Lane> dueLanes(Instant now, int limit);

    /**
     * Leases up to {@code max} oldest undelivered deliveries of one lane of an active webhook for {@code lease},
     * but only when the oldest is due: a lane whose head is in flight or backing off sends nothing, so nothing
     * overtakes it. Another sender (thread or instance) gets nothing from the lane meanwhile.
     */
    Optional<Batch> lease(Lane lane, int max, Instant now, Duration lease);

    void delivered(Batch batch, Instant now);

    /** Schedules the batch again; turns the webhook inactive once it has failed since {@code giveUpAfter} ago. */
    void failed(Batch batch, Instant now, Instant retryAt, String reason, Duration giveUpAfter);

    record Lane(UUID webhookId, int lane) {
    }

    /** Leased deliveries: the webhook, the outbox row ids and the events as JSON objects, in order. */
    record Batch(Webhook webhook, List<Long> ids, List<String> eventsJson, int attempts) {
    }
}
