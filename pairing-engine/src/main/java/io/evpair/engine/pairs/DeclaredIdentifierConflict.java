package io.evpair.engine.pairs;

import io.evpair.engine.ids.VehicleId;

/** The identifier is already declared for another vehicle of the same user: a charger can show it for one car only. */
public class DeclaredIdentifierConflict extends RuntimeException {
    private final int index;

    public DeclaredIdentifierConflict(int index, String identifier, VehicleId otherVehicleId) {
        super("'" + identifier + "' is declared for vehicle " + otherVehicleId);
        this.index = index;
    }

    /** Which of the request's identifiers it is. */
    public int index() {
        return index;
    }
}
