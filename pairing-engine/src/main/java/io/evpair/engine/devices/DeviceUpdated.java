package io.evpair.engine.devices;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.webhooks.DomainEvent;
import io.evpair.engine.webhooks.WebhookEventType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a device reports changed a field of its public state; {@code updatedFields} name them as the API does. */
public record DeviceUpdated(ClientId clientId, String userId, Instant at, DeviceType deviceType, UUID deviceId,
                            List<String> updatedFields) implements DomainEvent {
    public DeviceUpdated {
        updatedFields = List.copyOf(updatedFields);
    }

    @Override
    public WebhookEventType type() {
        return deviceType == DeviceType.VEHICLE ? WebhookEventType.VEHICLE_UPDATED : WebhookEventType.CHARGER_UPDATED;
    }
}
