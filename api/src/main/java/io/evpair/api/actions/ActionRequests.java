package io.evpair.api.actions;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Request bodies of the command endpoints. */
final class ActionRequests {
    private ActionRequests() {
    }

    enum ChargingAction { START, STOP }

    @Schema(name = "ChargingRequest")
    record Charging(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull ChargingAction action) {
    }

    @Schema(name = "MaxCurrentRequest")
    record MaxCurrent(@Schema(description = "A", example = "16", requiredMode = Schema.RequiredMode.REQUIRED)
                      @NotNull @Positive @DecimalMax("500") Double maxCurrent) {
    }

    @Schema(name = "ChargeRateLimitRequest")
    record ChargeRateLimit(@Schema(description = "kW", example = "3.7", requiredMode = Schema.RequiredMode.REQUIRED)
                           @NotNull @Positive @DecimalMax("1000") Double chargeRateLimit) {
    }
}
