package io.evpair.engine.devices;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceId;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.webhooks.DomainEvent;
import io.evpair.engine.webhooks.WebhookEventType;
import java.time.Instant;

/** A device was unlinked, with its vendor or with its user. */
public record DeviceDeleted(ClientId clientId, String userId, Instant at, DeviceId device)
        implements DomainEvent {
    @Override
    public WebhookEventType type() {
        return device.type() == DeviceType.VEHICLE ? WebhookEventType.VEHICLE_DELETED : WebhookEventType.CHARGER_DELETED;
    }
}
