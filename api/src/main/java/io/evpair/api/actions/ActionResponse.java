package io.evpair.api.actions;

import io.evpair.engine.actions.ChargeAction;
import io.evpair.engine.actions.FailureReason;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** Enode's action: a command and its life, with the reason and the device when it failed. */
@Schema(name = "Action")
public record ActionResponse(
        UUID id,
        String userId,
        Instant createdAt,
        Instant updatedAt,
        Instant completedAt,
        @Schema(allowableValues = {"PENDING", "CONFIRMED", "FAILED", "CANCELLED"}) String state,
        UUID targetId,
        @Schema(allowableValues = {"vehicle", "charger"}) String targetType,
        @Schema(allowableValues = {"START", "STOP", "SET_MAX_CURRENT", "SET_CHARGE_RATE_LIMIT"}) String kind,
        @Schema(description = "A for SET_MAX_CURRENT, kW for SET_CHARGE_RATE_LIMIT; null otherwise") Double value,
        @Schema(description = "The device the command was sent to: the target, or the vehicle's activated charger") UUID executorId,
        Failure failureReason) {

    static ActionResponse of(ChargeAction a) {
        FailureReason f = a.failureReason();
        return new ActionResponse(a.id().value(), a.userId(), a.createdAt(), a.updatedAt(), a.completedAt(), a.state().name(),
                a.targetId(), a.targetType().name().toLowerCase(Locale.ROOT), a.kind().name(), a.value(), a.executorId(),
                f == null ? null : new Failure(f.type().name(), f.detail(), f.deviceId(),
                        f.deviceType() == null ? null : f.deviceType().name().toLowerCase(Locale.ROOT)));
    }

    @Schema(name = "ActionFailureReason")
    record Failure(@Schema(allowableValues = {"NO_RESPONSE", "FAILED_PRECONDITION", "UNNECESSARY", "CONFLICT",
                           "REQUESTED_CANCELLATION", "NOT_FOUND"}) String type,
                   @Schema(example = "the charger refused the command: Rejected") String detail,
                   UUID deviceId,
                   @Schema(allowableValues = {"vehicle", "charger"}) String deviceType) {
    }
}
