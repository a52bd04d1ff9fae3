package io.evpair.api.actions;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.evpair.api.problems.ApiProblemException;
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

    /**
     * {@code {"chargeRateLimit": null}} lifts the limit evpair set; a body without the field is refused, so that
     * a client's mistake does not lift a limit. A class, not a record: only a setter can tell null from absent.
     */
    @Schema(name = "ChargeRateLimitRequest")
    static final class ChargeRateLimit {
        @Schema(description = "kW; null lifts the limit evpair set (the charger's own limits stay)", example = "3.7",
                requiredMode = Schema.RequiredMode.REQUIRED, types = {"number", "null"})
        @Positive
        @DecimalMax("1000")
        private Double chargeRateLimit;
        private boolean given;

        @JsonSetter(nulls = Nulls.SET)
        public void setChargeRateLimit(Double chargeRateLimit) {
            this.chargeRateLimit = chargeRateLimit;
            this.given = true;
        }

        public Double getChargeRateLimit() {
            return chargeRateLimit;
        }

        /** The limit in kW, null to lift it; refused when the body does not name the field at all. */
        Double chargeRateLimit() {
            if (!given) {
                throw ApiProblemException.invalid("chargeRateLimit", "is required (null lifts the limit)");
            }
            return chargeRateLimit;
        }
    }
}
