package io.evpair.api.simulator;

import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.simulator.SimulatedReport;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

@Schema(name = "SimulatedObservations")
record SimulatedObservationsRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @Size(max = 10_000) List<@Valid Row> observations) {

    @Schema(name = "SimulatedObservation", description = "A simulated device's report; nullable fields may be null")
    record Row(@Schema(example = "sim-v-00001", requiredMode = Schema.RequiredMode.REQUIRED) @Size(max = 200) String vendorDeviceId,
               @Schema(requiredMode = Schema.RequiredMode.REQUIRED) DeviceType deviceType,
               @Schema(example = "2026-03-02T18:04:00Z", requiredMode = Schema.RequiredMode.REQUIRED) Instant observedAt,
               @Schema(example = "2026-03-02T18:05:12Z", requiredMode = Schema.RequiredMode.REQUIRED) Instant receivedAt,
               Boolean isPluggedIn,
               Boolean isCharging,
               @Schema(example = "10.4", description = "kW; negative while discharging")
               @DecimalMin("-1000") @DecimalMax("1000") Double chargeRateKw,
               @Schema(example = "54") @DecimalMin("0") @DecimalMax("100") Double batteryLevel,
               @DecimalMin("-90") @DecimalMax("90") Double latitude,
               @DecimalMin("-180") @DecimalMax("180") Double longitude,
               @Schema(description = "Chargers only: who the charger says plugged in (an OCPP idTag, RFID card, "
                       + "ISO 15118 / Autocharge vehicle id); null when it does not say", maxLength = 255,
                       example = "VID:0A1B2C3D4E5F") String idTag) {
        SimulatedReport toReport() {
            return new SimulatedReport(vendorDeviceId, deviceType, observedAt, receivedAt, isPluggedIn, isCharging,
                    chargeRateKw, batteryLevel, latitude, longitude, idTag);
        }
    }
}
