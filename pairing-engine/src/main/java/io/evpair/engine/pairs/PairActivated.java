package io.evpair.engine.pairs;

import io.evpair.engine.inference.PairSource;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.webhooks.DomainEvent;
import io.evpair.engine.webhooks.WebhookEventType;
import java.time.Instant;

/** The vehicle is on the charger from now on: the engine decided so, or the client said so. */
public record PairActivated(ClientId clientId, String userId, VehicleId vehicleId, ChargerId chargerId, Instant pairedAt,
                            double confidence, PairSource source) implements DomainEvent {
    @Override
    public WebhookEventType type() {
        return WebhookEventType.PAIR_ACTIVATED;
    }

    @Override
    public Instant at() {
        return pairedAt;
    }
}
