package io.evpair.engine.simulator;

import io.evpair.engine.ids.DeviceType;
import java.time.Instant;

/**
 * One row of {@code POST /simulator/observations}: a simulated device's report, named by its vendor id. A charger's
 * {@code idTag} is who its transaction says plugged in (see {@link io.evpair.engine.observations.Observation}).
 */
public record SimulatedReport(String vendorDeviceId, DeviceType deviceType, Instant observedAt, Instant receivedAt,
                              Boolean isPluggedIn, Boolean isCharging, Double chargeRateKw, Double batteryLevel,
                              Double latitude, Double longitude, String idTag) {
}
