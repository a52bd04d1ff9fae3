package io.evpair.engine.actions;

import io.evpair.engine.clients.ClientFeatures;
import io.evpair.engine.ids.DeviceType;
import java.util.UUID;

/**
 * What routing needs to know about one command.
 *
 * @param targetCan           the target device can do the command itself (its vendor says so)
 * @param activatedChargerId  the charger the target vehicle is activated with now, or null
 * @param activatedChargerCan that charger can do the command
 * @param someChargerCan      some charger of the vehicle's user can do it (an established pair would unlock it)
 */
public record RoutingFacts(UUID targetId, DeviceType targetType, ActionKind kind, ClientFeatures features,
                           boolean targetCan, UUID activatedChargerId, boolean activatedChargerCan,
                           boolean someChargerCan) {
}
