package io.evpair.engine.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage port the webhook sender works from: which webhooks have due deliveries, and leasing them. */
public interface WebhookDeliveries {
    List<UUID> webhooksWithDueDeliveries(Instant now, int limit);

    /**
     * Leases up to {@code max} due deliveries of one active webhook for {@code lease}, oldest first; another
     * sender (thread or instance) skips them meanwhile. Empty when there is nothing to send.
     */
    Optional<Batch> lease(UUID webhookId, int max, Instant now, Duration lease);

    void delivered(Batch batch, Instant now);

    /** Schedules the batch again; turns the webhook inactive once it has failed since {@code giveUpAfter} ago. */
    void failed(Batch batch, Instant now, Instant retryAt, String reason, Duration giveUpAfter);

    /** Leased deliveries: the webhook, the outbox row ids and the events as JSON objects, in order. */
    record Batch(Webhook webhook, List<Long> ids, List<String> eventsJson, int attempts) {
    }
}
