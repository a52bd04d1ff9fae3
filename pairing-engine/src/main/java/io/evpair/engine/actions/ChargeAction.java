package io.evpair.engine.actions;

import io.evpair.engine.ids.DeviceType;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A charging command and its life. {@code target} is the device the client addressed; {@code executor} the
 * device the command was routed to (the vehicle itself, or its activated charger), null while the action
 * waits for a route. Times are the client's engine time, so simulated timeouts follow the simulator clock.
 *
 * @param value         amperes or kilowatts for limits, null for START and STOP
 * @param attempts      commands sent so far; each attempt is claimed in storage before it is sent
 * @param nextAttemptAt when to send (again) if still unconfirmed; null when nothing more is to be sent
 */
public record ChargeAction(UUID id, UUID clientId, UUID userRef, String userId, UUID targetId, DeviceType targetType,
                           ActionKind kind, Double value, ActionState state, Instant createdAt, Instant updatedAt,
                           Instant completedAt, Instant expiresAt, FailureReason failureReason, UUID executorId,
                           DeviceType executorType, int attempts, Instant nextAttemptAt, Instant lastSentAt) {
    public ChargeAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
    }

    public ChargeAction resolved(ActionState newState, FailureReason reason, Instant now) {
        return new ChargeAction(id, clientId, userRef, userId, targetId, targetType, kind, value, newState, createdAt, now,
                now, expiresAt, reason, executorId, executorType, attempts, null, lastSentAt);
    }

    public ChargeAction routedTo(UUID executor, DeviceType type, Instant now) {
        return new ChargeAction(id, clientId, userRef, userId, targetId, targetType, kind, value, state, createdAt, now,
                completedAt, expiresAt, failureReason, executor, type, attempts, now, lastSentAt);
    }

    public ChargeAction sent(Instant now, Instant retryAt) {
        return new ChargeAction(id, clientId, userRef, userId, targetId, targetType, kind, value, state, createdAt, now,
                completedAt, expiresAt, failureReason, executorId, executorType, attempts + 1, retryAt, now);
    }

    public boolean sameCommand(ActionKind otherKind, Double otherValue) {
        return kind == otherKind && Objects.equals(value, otherValue);
    }
}
