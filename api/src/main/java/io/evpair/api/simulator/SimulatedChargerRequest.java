package io.evpair.api.simulator;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(name = "SimulatedChargerRequest")
record SimulatedChargerRequest(
        @Schema(example = "sim-c-00003", requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 200) String vendorDeviceId,
        @Schema(description = "The address set in the vendor's app; null when none was set") @Valid Address address,
        @Valid SimulatedCapabilities capabilities) {

    @Schema(name = "SimulatedChargerAddress")
    record Address(@Schema(example = "59.91") @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
                   @Schema(example = "10.75") @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude) {
    }
}
