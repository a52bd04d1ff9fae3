package io.evpair.api.simulator;

import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.simulator.SimulatedReport;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * The rows' ranges are documented here and checked by {@link io.evpair.engine.simulator.SimulatedOemFeed}, which
 * names each row it refuses: bean validation of every row cost 42 % of the service's CPU for a batch of 5 000.
 */
@Schema(name = "SimulatedObservations")
record SimulatedObservationsRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @Size(max = 10_000) List<Row> observations) {

    @Schema(name = "SimulatedObservation", description = "A simulated device's report; nullable fields may be null")
    record Row(@Schema(example = "sim-v-00001", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String vendorDeviceId,
               @Schema(requiredMode = Schema.RequiredMode.REQUIRED) DeviceType deviceType,
               @Schema(example = "2026-03-02T18:04:00Z", requiredMode = Schema.RequiredMode.REQUIRED) Instant observedAt,
               @Schema(example = "2026-03-02T18:05:12Z", requiredMode = Schema.RequiredMode.REQUIRED) Instant receivedAt,
               Boolean isPluggedIn,
               Boolean isCharging,
               @Schema(example = "10.4", description = "kW; negative while discharging", minimum = "-1000", maximum = "1000")
               Double chargeRateKw,
               @Schema(example = "54", minimum = "0", maximum = "100") Double batteryLevel,
               @Schema(minimum = "-90", maximum = "90") Double latitude,
               @Schema(minimum = "-180", maximum = "180") Double longitude,
               @Schema(description = "Chargers only: who the charger says plugged in (an OCPP idTag, RFID card, "
                       + "ISO 15118 / Autocharge vehicle id); null when it does not say", maxLength = 255,
                       example = "VID:0A1B2C3D4E5F") String idTag) {
        SimulatedReport toReport() {
            return new SimulatedReport(vendorDeviceId, deviceType, observedAt, receivedAt, isPluggedIn, isCharging,
                    chargeRateKw, batteryLevel, latitude, longitude, idTag);
        }
    }
}
