package io.evpair.engine.pairs;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.inference.UnpairReason;
import io.evpair.engine.webhooks.DomainEvent;
import io.evpair.engine.webhooks.WebhookEventType;
import java.time.Instant;

/** An activated pair ended. */
public record PairDeactivated(ClientId clientId, String userId, VehicleId vehicleId, ChargerId chargerId, Instant unpairedAt,
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
