package io.evpair.engine.pairs;

import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceOwner;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.inference.HouseholdPairing;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.inference.PairingDecision;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.observations.ObservationStore;
import io.evpair.engine.time.EngineTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What a client tells evpair about its user's pairs, which outranks what the engine inferred. */
public class PairFeedback {
    private final DeviceStore devices;
    private final ObservationStore observations;
    private final PairStore pairs;
    private final Households households;
    private final PairActivations activations;
    private final Duration rebuildWindow;
    private final EngineTime time;
    private final HouseholdRefresh refresh;

    public PairFeedback(DeviceStore devices, ObservationStore observations, PairStore pairs, Households households,
                        PairActivations activations, Duration rebuildWindow, EngineTime time, HouseholdRefresh refresh) {
        this.time = time;
        this.refresh = refresh;
        this.devices = devices;
        this.observations = observations;
        this.pairs = pairs;
        this.households = households;
        this.activations = activations;
        this.rebuildWindow = rebuildWindow;
    }

    /**
     * The client says the vehicle is not on the charger: their activated pair ends with {@code USER_REJECTED}, is not
     * activated again until one of them plugs in anew, and what the charger shows is no longer taken as the vehicle's.
     */
    public PairRejection reject(ClientId clientId, String userId, VehicleId vehicleId, ChargerId chargerId, String reportedBy) {
        Whose whose = whose(clientId, userId, vehicleId, chargerId);
        if (whose.unknownField() != null) {
            return new PairRejection.UnknownDevice(whose.unknownField());
        }
        UserRef userRef = whose.userRef();
        PairRejection outcome = households.live(clientId, userRef, () -> reportedSincePaired(vehicleId, chargerId), live -> {
            Optional<PairingDecision.Deactivated> ended = live.household().reject(vehicleId, chargerId);
            if (ended.isEmpty()) {
                return new PairRejection.NotActivated();
            }
            activations.rejected(live.ref(), ended.get(), reportedBy);
            return (PairRejection) new PairRejection.Rejected(ended.get().unpairedAt());
        }).orElseGet(PairRejection.NotActivated::new);
        if (outcome instanceof PairRejection.Rejected) {
            refresh.clientSaid(clientId, userRef);
        }
        return outcome;
    }

    /**
     * The client says the vehicle is on the charger now: the pair is activated with source USER (ending any pair either
     * had with another as {@code USER_REJECTED}) and lasts until either side unplugs; {@code reportedBy} is kept.
     */
    public PairAssertion assertPair(ClientId clientId, String userId, VehicleId vehicleId, ChargerId chargerId,
                                    String reportedBy) {
        Whose whose = whose(clientId, userId, vehicleId, chargerId);
        if (whose.unknownField() != null) {
            return new PairAssertion.UnknownDevice(whose.unknownField());
        }
        UserRef userRef = whose.userRef();
        PairAssertion outcome = households.live(clientId, userRef, () -> Optional.of(time.now(clientId)), live -> {
            HouseholdPairing.Assertion made = live.household().assertPair(vehicleId, chargerId);
            if (made instanceof HouseholdPairing.Assertion.Made pair) {
                activations.record(live.ref(), pair.decisions(), reportedBy);
                return (PairAssertion) new PairAssertion.Asserted(pair.pair().pairedAt());
            }
            return new PairAssertion.ChargerNotPluggedIn();
        }).orElseThrow();
        if (outcome instanceof PairAssertion.Asserted) {
            refresh.clientSaid(clientId, userRef);
        }
        return outcome;
    }

    /**
     * How far a household not in memory must be rebuilt to hold the stored pair: as far as the charger has reported
     * since the pair began. Empty when the two are not paired.
     */
    private Optional<Instant> reportedSincePaired(VehicleId vehicleId, ChargerId chargerId) {
        return pairs.activeOfDevice(vehicleId).filter(p -> p.chargerId().equals(chargerId))
                .map(p -> observations.ofDevice(chargerId.value(), p.pairedAt(), p.pairedAt().plus(rebuildWindow)).stream()
                        .map(Observation::receivedAt).max(Instant::compareTo).orElse(p.pairedAt()));
    }

    /** The user both devices belong to, or the field naming the first that is not that user's device of its kind. */
    private record Whose(UserRef userRef, String unknownField) {
    }

    private Whose whose(ClientId clientId, String userId, VehicleId vehicleId, ChargerId chargerId) {
        Map<UUID, DeviceOwner> owners = devices.owners(List.of(vehicleId.value(), chargerId.value()));
        if (!isUsers(owners.get(vehicleId.value()), clientId, userId, DeviceType.VEHICLE)) {
            return new Whose(null, "vehicleId");
        }
        if (!isUsers(owners.get(chargerId.value()), clientId, userId, DeviceType.CHARGER)) {
            return new Whose(null, "chargerId");
        }
        return new Whose(owners.get(vehicleId.value()).userRef(), null);
    }

    private static boolean isUsers(DeviceOwner owner, ClientId clientId, String userId, DeviceType type) {
        return owner != null && owner.clientId().equals(clientId) && owner.type() == type
                && owner.userId().equals(userId);
    }
}
