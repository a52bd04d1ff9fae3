package io.evpair.api.simulator;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

@Schema(name = "SimulatedVehicleRequest")
record SimulatedVehicleRequest(
        @Schema(example = "sim-v-00001", requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 200) String vendorDeviceId,
        @Schema(example = "Kia") @Size(max = 100) String brand,
        @Schema(example = "e-Niro") @Size(max = 100) String model,
        @Schema(example = "64.0") @Positive @DecimalMax("2000") Double batteryCapacityKwh,
        @Valid SimulatedCapabilities capabilities) {
}
