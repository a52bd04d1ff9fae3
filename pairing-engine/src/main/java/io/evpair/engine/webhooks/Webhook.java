package io.evpair.engine.webhooks;

import io.evpair.engine.ids.ClientId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A client's webhook. {@code events} empty means every event. It turns inactive after failing for about a
 * day without a success ({@code failingSince} is when the current run of failures began).
 */
public record Webhook(UUID id, ClientId clientId, String url, String secret, List<WebhookEventType> events, boolean active,
                      Instant createdAt, Instant updatedAt, Instant lastSuccessAt, Instant failingSince,
                      String lastFailure) {
    public Webhook {
        events = List.copyOf(events);
    }
}
