package io.evpair.engine.pairs;

import io.evpair.engine.webhooks.DomainEvent;
import io.evpair.engine.webhooks.WebhookEventType;
import java.time.Instant;
import java.util.UUID;

/** The engine decided the vehicle is on the charger. */
public record PairActivated(UUID clientId, String userId, UUID vehicleId, UUID chargerId, Instant pairedAt,
                            double confidence) implements DomainEvent {
    @Override
    public WebhookEventType type() {
        return WebhookEventType.PAIR_ACTIVATED;
    }

    @Override
    public Instant at() {
        return pairedAt;
    }
}
