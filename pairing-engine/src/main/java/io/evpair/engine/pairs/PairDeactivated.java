package io.evpair.engine.pairs;

import io.evpair.engine.inference.UnpairReason;
import io.evpair.engine.webhooks.DomainEvent;
import io.evpair.engine.webhooks.WebhookEventType;
import java.time.Instant;
import java.util.UUID;

/** An activated pair ended. */
public record PairDeactivated(UUID clientId, String userId, UUID vehicleId, UUID chargerId, Instant unpairedAt,
                              UnpairReason reason) implements DomainEvent {
    @Override
    public WebhookEventType type() {
        return WebhookEventType.PAIR_DEACTIVATED;
    }

    @Override
    public Instant at() {
        return unpairedAt;
    }
}
