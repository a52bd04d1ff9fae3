package io.evpair.engine.pairs;

import java.util.List;
import java.util.UUID;

/** Storage port for the identifiers a client declared for its vehicles ({@code PUT /vehicles/{id}/identifiers}). */
public interface VehicleIdentifierStore {
    /** What nobody declared: for services wired without storage (tests, tools). */
    VehicleIdentifierStore NONE = new VehicleIdentifierStore() {
        @Override
        public List<String> declared(UUID vehicleId) {
            return List.of();
        }

        @Override
        public void replace(UUID clientId, UUID vehicleId, List<String> identifiers) {
        }
    };

    List<String> declared(UUID vehicleId);

    /** The vehicle's declared identifiers become exactly {@code identifiers} (none: deleted). */
    void replace(UUID clientId, UUID vehicleId, List<String> identifiers);
}
