package io.evpair.engine.devices;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceId;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.webhooks.DomainEvent;
import io.evpair.engine.webhooks.WebhookEventType;
import java.time.Instant;
import java.util.List;

/** What a device reports changed a field of its public state; {@code updatedFields} name them as the API does. */
public record DeviceUpdated(ClientId clientId, String userId, Instant at, DeviceId device,
                            List<String> updatedFields) implements DomainEvent {
    public DeviceUpdated {
        updatedFields = List.copyOf(updatedFields);
    }

    @Override
    public WebhookEventType type() {
        return device.type() == DeviceType.VEHICLE ? WebhookEventType.VEHICLE_UPDATED : WebhookEventType.CHARGER_UPDATED;
    }
}
