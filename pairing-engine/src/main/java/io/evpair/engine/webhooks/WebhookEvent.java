package io.evpair.engine.webhooks;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Something a client may want to hear about, e.g. {@code user:charging-pair:activated}. {@code data} holds
 * plain values only (strings, numbers, booleans, lists and maps of them), so it serializes as JSON as is.
 */
public record WebhookEvent(String event, UUID clientId, String userId, Instant createdAt, Map<String, Object> data) {
    public WebhookEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(createdAt, "createdAt");
        data = data == null ? Map.of() : data;
    }
}
