package io.evpair.engine.pairs;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.VehicleId;
import java.util.List;

/** Storage port for the identifiers a client declared for its vehicles ({@code PUT /vehicles/{id}/identifiers}). */
public interface VehicleIdentifierStore {
    /** What nobody declared: for services wired without storage (tests, tools). */
    VehicleIdentifierStore NONE = new VehicleIdentifierStore() {
        @Override
        public List<String> declared(VehicleId vehicleId) {
            return List.of();
        }

        @Override
        public void replace(ClientId clientId, VehicleId vehicleId, List<String> identifiers) {
        }
    };

    List<String> declared(VehicleId vehicleId);

    /** The vehicle's declared identifiers become exactly {@code identifiers} (none: deleted). */
    void replace(ClientId clientId, VehicleId vehicleId, List<String> identifiers);
}
