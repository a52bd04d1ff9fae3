package io.evpair.engine.devices;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceId;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.webhooks.DomainEvent;
import io.evpair.engine.webhooks.WebhookEventType;
import java.time.Instant;

/** A device was linked to a user for the first time. */
public record DeviceDiscovered(ClientId clientId, String userId, Instant at, DeviceId device, Vendor vendor) implements DomainEvent {
    @Override
    public WebhookEventType type() {
        return device.type() == DeviceType.VEHICLE ? WebhookEventType.VEHICLE_DISCOVERED : WebhookEventType.CHARGER_DISCOVERED;
    }
}
