package io.evpair.api.admin;

import io.evpair.engine.clients.ChargeRateSource;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Schema(name = "CreateApiClientRequest")
record CreateClientRequest(
        @Schema(example = "ACME Energy", requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 200) String name,
        @Schema(description = "Login name; generated when omitted", example = "acme-energy")
        @Size(min = 3, max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may hold letters, digits, '.', '_' and '-' only") String clientId,
        @Schema(description = "Default true") Boolean capabilityUnlocking,
        @Schema(description = "Default true") Boolean commandOrchestration,
        @Schema(description = "Default CHARGER") ChargeRateSource chargeRateSource) {
}
