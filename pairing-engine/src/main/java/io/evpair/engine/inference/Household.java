package io.evpair.engine.inference;

import java.util.List;

/** One user's linked vehicles and chargers: every vehicle/charger combination is an established pair. */
public record Household(List<VehicleProfile> vehicles, List<ChargerProfile> chargers) {
    public Household {
        vehicles = List.copyOf(vehicles);
        chargers = List.copyOf(chargers);
    }
}
