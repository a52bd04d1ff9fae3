package io.evpair.engine.webhooks;

import io.evpair.engine.ids.ClientId;
import java.time.Instant;
import java.util.UUID;

/** The client asked for a test delivery to one of its webhooks. */
public record WebhookTested(ClientId clientId, UUID webhookId, Instant at) implements DomainEvent {
    @Override
    public WebhookEventType type() {
        return WebhookEventType.TEST;
    }

    @Override
    public String userId() {
        return null;
    }
}
