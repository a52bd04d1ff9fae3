package io.evpair.engine.pairs;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.inference.UnpairReason;
import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage port for pair activations, the read model behind {@code /charging-pairs}. */
public interface PairStore {
    void activated(ChargingPair pair);

    /**
     * Closes the active activation of that vehicle and charger, if there is one; {@code reportedBy} names who said so
     * when a client ended it, else null (keeping who asserted it, if a client did).
     *
     * @return whether an activation was closed
     */
    boolean deactivated(VehicleId vehicleId, ChargerId chargerId, Instant unpairedAt, UnpairReason reason, String reportedBy);

    /** The client's active pairs, newest first. */
    Page<ChargingPair> active(ClientId clientId, PageRequest page);

    List<ChargingPair> activeOfUser(UserRef userRef);

    /** One user's activations, past and present, newest first. */
    Page<ChargingPair> history(UserRef userRef, PageRequest page);

    Optional<ChargingPair> activeOfDevice(DeviceId deviceId);

    /** One user's activations that overlap {@code [from, to]}, oldest first. */
    List<ChargingPair> activationsOfUser(UserRef userRef, Instant from, Instant to);

    /** The active activation of each of those devices that has one, keyed by device id (vehicle or charger). */
    java.util.Map<UUID, ChargingPair> activeOfDevices(java.util.Collection<UUID> deviceIds);
}
