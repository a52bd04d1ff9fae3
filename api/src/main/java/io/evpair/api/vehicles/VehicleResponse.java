package io.evpair.api.vehicles;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The Vehicle object in Enode's 2024-10-01 shape: every key present, null where unknown. */
@Schema(name = "Vehicle")
public record VehicleResponse(
        UUID id,
        String userId,
        @Schema(example = "TESLA") String vendor,
        Instant lastSeen,
        boolean isReachable,
        Information information,
        ChargeState chargeState,
        Location location,
        Odometer odometer,
        Capabilities capabilities,
        List<String> scopes) {

    @Schema(name = "VehicleInformation")
    public record Information(String vin, String brand, String model, Integer year, String displayName) {
    }

    @Schema(name = "VehicleChargeState")
    public record ChargeState(
            @Schema(description = "State of charge, percent") Double batteryLevel,
            @Schema(description = "Estimated range, km") Double range,
            Boolean isPluggedIn,
            Boolean isCharging,
            Boolean isFullyCharged,
            @Schema(description = "kWh") Double batteryCapacity,
            @Schema(description = "Percent the vehicle stops charging at") Double chargeLimit,
            @Schema(description = "kW") Double chargeRate,
            @Schema(description = "Minutes") Double chargeTimeRemaining,
            Instant lastUpdated,
            @Schema(description = "A") Double maxCurrent,
            @Schema(allowableValues = {"UNKNOWN", "UNPLUGGED", "PLUGGED_IN:INITIALIZING", "PLUGGED_IN:CHARGING",
                    "PLUGGED_IN:STOPPED", "PLUGGED_IN:COMPLETE", "PLUGGED_IN:NO_POWER", "PLUGGED_IN:FAULT",
                    "PLUGGED_IN:DISCHARGING"}) String powerDeliveryState,
            @Schema(description = "The charger this vehicle is plugged into, once the pair is activated") UUID pluggedInChargerId) {
    }

    @Schema(name = "VehicleLocation")
    public record Location(UUID id, Double latitude, Double longitude, Instant lastUpdated) {
    }

    @Schema(name = "VehicleOdometer")
    public record Odometer(@Schema(description = "km") Double distance, Instant lastUpdated) {
    }

    @Schema(name = "VehicleCapabilities")
    public record Capabilities(Capability information, Capability chargeState, Capability location,
                               Capability odometer, Capability setMaxCurrent, Capability startCharging,
                               Capability stopCharging, Capability setChargeRateLimit, Capability smartCharging) {
    }
}
