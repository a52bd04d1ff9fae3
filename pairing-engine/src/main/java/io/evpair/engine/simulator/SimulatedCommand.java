package io.evpair.engine.simulator;

import io.evpair.engine.ids.DeviceType;
import java.time.Instant;
import java.util.UUID;

/**
 * A command the simulated OEM received, with how it answered.
 *
 * @param value the amperes or kilowatts of a limit, null for start and stop
 */
public record SimulatedCommand(UUID id, UUID deviceId, String vendorDeviceId, DeviceType deviceType, String command,
                               Double value, Instant receivedAt, DeviceBehaviour outcome) {
}
