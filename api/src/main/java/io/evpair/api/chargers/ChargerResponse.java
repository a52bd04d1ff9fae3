package io.evpair.api.chargers;

import io.evpair.api.vehicles.Capability;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The Charger object in Enode's 2024-10-01 shape: every key present, null where unknown. */
@Schema(name = "Charger")
public record ChargerResponse(
        UUID id,
        String userId,
        @Schema(example = "EASEE") String vendor,
        Instant lastSeen,
        boolean isReachable,
        Information information,
        ChargeState chargeState,
        Location location,
        Capabilities capabilities,
        List<String> scopes) {

    @Schema(name = "ChargerInformation")
    public record Information(String brand, String model, Integer year, String serialNumber) {
    }

    @Schema(name = "ChargerChargeState")
    public record ChargeState(
            Boolean isPluggedIn,
            Boolean isCharging,
            @Schema(description = "kW, measured by the charger") Double chargeRate,
            Instant lastUpdated,
            @Schema(description = "A") Double maxCurrent,
            @Schema(description = "kW") Double chargeRateLimit,
            @Schema(allowableValues = {"UNKNOWN", "UNPLUGGED", "PLUGGED_IN:INITIALIZING", "PLUGGED_IN:CHARGING",
                    "PLUGGED_IN:STOPPED", "PLUGGED_IN:COMPLETE", "PLUGGED_IN:NO_POWER", "PLUGGED_IN:FAULT",
                    "PLUGGED_IN:DISCHARGING"}) String powerDeliveryState,
            @Schema(description = "The vehicle plugged into this charger, once the pair is activated") UUID pluggedInVehicleId) {
    }

    @Schema(name = "ChargerLocation", description = "The address set in the vendor's app, when there is one")
    public record Location(UUID id, Double latitude, Double longitude, Instant lastUpdated) {
    }

    @Schema(name = "ChargerCapabilities")
    public record Capabilities(Capability information, Capability chargeState, Capability startCharging,
                               Capability stopCharging, Capability setMaxCurrent, Capability setChargeRateLimit) {
    }
}
