package io.evpair.engine.devices;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.webhooks.DomainEvent;
import io.evpair.engine.webhooks.WebhookEventType;
import java.time.Instant;
import java.util.UUID;

/** A device was unlinked, with its vendor or with its user. */
public record DeviceDeleted(ClientId clientId, String userId, Instant at, DeviceType deviceType, UUID deviceId)
        implements DomainEvent {
    @Override
    public WebhookEventType type() {
        return deviceType == DeviceType.VEHICLE ? WebhookEventType.VEHICLE_DELETED : WebhookEventType.CHARGER_DELETED;
    }
}
