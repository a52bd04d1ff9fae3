package io.evpair.engine.pairs;

import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.devices.Vehicle;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceOwner;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.inference.IdentitySource;
import io.evpair.engine.inference.VehicleIdentifier;
import io.evpair.engine.paging.PageRequest;
import io.evpair.engine.transaction.Transactions;
import java.util.List;
import java.util.Optional;

/** The tokens (RFID cards, car identities) that name a vehicle on a charger: those a client declares and those learned. */
public class VehicleIdentifiers {
    private static final int MAX_DEVICES = 1000;

    private final DeviceStore devices;
    private final VehicleIdentifierStore identifiers;
    private final Households households;
    private final Transactions transactions;
    private final HouseholdRefresh refresh;

    public VehicleIdentifiers(DeviceStore devices, VehicleIdentifierStore identifiers, Households households,
                              Transactions transactions, HouseholdRefresh refresh) {
        this.refresh = refresh;
        this.devices = devices;
        this.identifiers = identifiers;
        this.households = households;
        this.transactions = transactions;
    }

    /**
     * The vehicle's identifiers, declared and learned, with how often pairs confirmed each. Learned ones live in the
     * household's memory, so a user this instance has not heard from since its start lists only declared ones.
     */
    public Optional<List<VehicleIdentifier>> identifiersOf(ClientId clientId, VehicleId vehicleId) {
        return ownerOf(clientId, vehicleId).map(owner -> identifiers(owner.userRef(), vehicleId));
    }

    /**
     * Replaces the vehicle's declared identifiers, stored and in the live household at once; empty when the vehicle is
     * not the client's.
     *
     * @throws DeclaredIdentifierConflict when one is declared for another vehicle of the user
     */
    public Optional<List<VehicleIdentifier>> declareIdentifiers(ClientId clientId, VehicleId vehicleId, List<String> values) {
        Optional<DeviceOwner> owner = ownerOf(clientId, vehicleId);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        UserRef userRef = owner.get().userRef();
        List<Vehicle> others = devices.vehicles(clientId, Optional.of(userRef), PageRequest.first(MAX_DEVICES)).items();
        for (Vehicle other : others) {
            if (other.id().equals(vehicleId)) {
                continue;
            }
            List<String> theirs = identifiers.declared(other.id());
            for (int i = 0; i < values.size(); i++) {
                if (theirs.contains(values.get(i))) {
                    throw new DeclaredIdentifierConflict(i, values.get(i), other.id());
                }
            }
        }
        transactions.inTransaction(() -> identifiers.replace(clientId, vehicleId, values));
        households.ifLive(userRef, household -> {
            if (household.knows(vehicleId.value())) {
                household.declareIdentifiers(vehicleId, values);
            }
            return null;
        });
        refresh.clientSaid(clientId, userRef);
        return Optional.of(identifiers(userRef, vehicleId));
    }

    private Optional<DeviceOwner> ownerOf(ClientId clientId, VehicleId vehicleId) {
        DeviceOwner owner = devices.owners(List.of(vehicleId.value())).get(vehicleId.value());
        return owner != null && owner.clientId().equals(clientId) && owner.type() == DeviceType.VEHICLE
                ? Optional.of(owner) : Optional.empty();
    }

    private List<VehicleIdentifier> identifiers(UserRef userRef, VehicleId vehicleId) {
        return households.ifLive(userRef, h -> h.knows(vehicleId.value()) ? h.identifiersOf(vehicleId) : null)
                .orElseGet(() -> identifiers.declared(vehicleId).stream()
                        .map(v -> new VehicleIdentifier(v, IdentitySource.DECLARED, 0, null, false)).toList());
    }
}
