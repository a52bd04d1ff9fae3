package io.evpair.engine.actions;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.webhooks.DomainEvent;
import io.evpair.engine.webhooks.WebhookEventType;
import java.time.Instant;

/** A charging action was created or changed state. */
public record ActionUpdated(ChargeAction action) implements DomainEvent {
    @Override
    public WebhookEventType type() {
        return WebhookEventType.ACTION_UPDATED;
    }

    @Override
    public ClientId clientId() {
        return action.clientId();
    }

    @Override
    public String userId() {
        return action.userId();
    }

    @Override
    public Instant at() {
        return action.updatedAt();
    }
}
