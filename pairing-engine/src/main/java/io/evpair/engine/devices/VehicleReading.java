package io.evpair.engine.devices;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.observations.GeoPoint;
import io.evpair.engine.clients.ClientFeatures;
import java.time.Instant;
import java.util.Optional;

/**
 * Everything a vehicle view is made of, as stored: the vehicle, its state, its client's features and virtual
 * clock, what its user's chargers can do, the charger of its activated pair (null when unpaired), and whether the
 * user must link the vehicle's vendor account again ({@link RelinkNeeds}).
 */
public record VehicleReading(Vehicle vehicle, DeviceState state, ClientFeatures features, Optional<Instant> virtualNow,
                             CommandCapabilities chargersOfUser, PairedCharger pairedCharger, boolean vendorNeedsRelink) {

    /** The charger of an activated pair: when it paired, its state (null before it reported) and its address. */
    public record PairedCharger(ChargerId chargerId, Instant pairedAt, DeviceState state, GeoPoint address) {
    }
}
