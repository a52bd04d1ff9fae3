package io.evpair.engine.simulator;

import io.evpair.engine.ids.ClientId;
import java.util.List;
import java.util.UUID;

/** Storage port of the simulated OEM: the behaviour set for each device and the commands it received. */
public interface SimulatedOemLedger {
    DeviceBehaviour behaviourOf(UUID deviceId);

    /** Sets the behaviour of the client's simulated devices with that vendor id; returns how many there are. */
    int setBehaviour(ClientId clientId, String vendorDeviceId, DeviceBehaviour behaviour);

    void record(SimulatedCommand command);

    /** The client's recorded commands for that vendor device id, oldest first. */
    List<SimulatedCommand> commands(ClientId clientId, String vendorDeviceId);
}
