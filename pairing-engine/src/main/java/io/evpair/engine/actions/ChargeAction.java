package io.evpair.engine.actions;

import io.evpair.engine.ids.ActionId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceRef;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.UserRef;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A charging command and its life, which guards its own states: an action is requested PENDING, may be routed once,
 * is sent only once routed, and is resolved (CONFIRMED, FAILED or CANCELLED) exactly once; a failure or cancellation
 * always says why. {@code target} is the device the client addressed; {@code executor} the device the command was
 * routed to (the vehicle itself, or its activated charger), null while the action waits for a route. Times are the
 * client's engine time, so simulated timeouts follow the simulator clock.
 */
public final class ChargeAction {
    /** Who asked: the client, our user reference and the client's id of the user. */
    private record Requester(ClientId clientId, UserRef userRef, String userId) {
    }

    private record Timeline(Instant createdAt, Instant updatedAt, Instant completedAt, Instant expiresAt) {
    }

    /**
     * @param attempts      commands sent so far; each attempt is claimed in storage before it is sent
     * @param nextAttemptAt when to send (again) if still unconfirmed; null when nothing more is to be sent
     */
    private record Delivery(DeviceRef executor, int attempts, Instant nextAttemptAt, Instant lastSentAt) {
        static final Delivery UNROUTED = new Delivery(null, 0, null, null);
    }

    private final ActionId id;
    private final Requester requester;
    private final DeviceRef target;
    private final ActionKind kind;
    private final Double value;
    private final ActionState state;
    private final Timeline timeline;
    private final FailureReason failureReason;
    private final Delivery delivery;

    private ChargeAction(ActionId id, Requester requester, DeviceRef target, ActionKind kind, Double value, ActionState state,
                         Timeline timeline, FailureReason failureReason, Delivery delivery) {
        this.id = Objects.requireNonNull(id, "id");
        this.requester = requester;
        this.target = Objects.requireNonNull(target, "target");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.value = value;
        this.state = Objects.requireNonNull(state, "state");
        this.timeline = timeline;
        this.failureReason = failureReason;
        this.delivery = delivery;
        Objects.requireNonNull(requester.clientId(), "clientId");
        if (state != ActionState.PENDING && state != ActionState.CONFIRMED && failureReason == null) {
            throw new IllegalArgumentException(state + " needs a failure reason");
        }
    }

    /**
     * A new PENDING action; {@code executor} is where it is sent at once, or null when it must wait for a route.
     *
     * @param value amperes or kilowatts for limits, null for START and STOP (and for lifting a limit)
     */
    public static ChargeAction requested(ClientId clientId, UserRef userRef, String userId, DeviceRef target, ActionKind kind,
                                         Double value, DeviceRef executor, Instant now, Instant expiresAt) {
        return new ChargeAction(new ActionId(UUID.randomUUID()), new Requester(clientId, userRef, userId), target, kind, value,
                ActionState.PENDING, new Timeline(now, now, null, expiresAt), null,
                executor == null ? Delivery.UNROUTED : new Delivery(executor, 0, now, null));
    }

    /** An action as a store kept it. */
    public static ChargeAction restore(ActionId id, ClientId clientId, UserRef userRef, String userId, UUID targetId,
                                       DeviceType targetType, ActionKind kind, Double value, ActionState state,
                                       Instant createdAt, Instant updatedAt, Instant completedAt, Instant expiresAt,
                                       FailureReason failureReason, UUID executorId, DeviceType executorType,
                                       int attempts, Instant nextAttemptAt, Instant lastSentAt) {
        return new ChargeAction(id, new Requester(clientId, userRef, userId), new DeviceRef(targetId, targetType), kind,
                value, state, new Timeline(createdAt, updatedAt, completedAt, expiresAt), failureReason,
                new Delivery(executorId == null ? null : new DeviceRef(executorId, executorType), attempts,
                        nextAttemptAt, lastSentAt));
    }

    /** Ends the action; a second resolution is a bug in the caller, not a state change. */
    public ChargeAction resolved(ActionState newState, FailureReason reason, Instant now) {
        requirePending("resolve");
        if (!newState.isResolved()) {
            throw new IllegalArgumentException("resolving to " + newState);
        }
        return new ChargeAction(id, requester, target, kind, value, newState,
                new Timeline(timeline.createdAt(), now, now, timeline.expiresAt()), reason,
                new Delivery(delivery.executor(), delivery.attempts(), null, delivery.lastSentAt()));
    }

    /** The route an action waiting for its vehicle's pair gets once the pair is activated; it is sent at once. */
    public ChargeAction routedTo(UUID executor, DeviceType type, Instant now) {
        requirePending("route");
        if (delivery.executor() != null) {
            throw new IllegalStateException("action " + id + " is already routed to " + delivery.executor());
        }
        return new ChargeAction(id, requester, target, kind, value, state, updated(now), failureReason,
                new Delivery(new DeviceRef(executor, type), delivery.attempts(), now, delivery.lastSentAt()));
    }

    /** One more attempt sent at {@code now}; {@code retryAt} is when to send again, null when no more are due. */
    public ChargeAction sent(Instant now, Instant retryAt) {
        requirePending("send");
        if (delivery.executor() == null) {
            throw new IllegalStateException("action " + id + " has no route to send on");
        }
        return new ChargeAction(id, requester, target, kind, value, state, updated(now), failureReason,
                new Delivery(delivery.executor(), delivery.attempts() + 1, retryAt, now));
    }

    public boolean sameCommand(ActionKind otherKind, Double otherValue) {
        return kind == otherKind && Objects.equals(value, otherValue);
    }

    private void requirePending(String what) {
        if (state.isResolved()) {
            throw new IllegalStateException("cannot " + what + " action " + id + ": it is " + state);
        }
    }

    private Timeline updated(Instant now) {
        return new Timeline(timeline.createdAt(), now, timeline.completedAt(), timeline.expiresAt());
    }

    public ActionId id() {
        return id;
    }

    public ClientId clientId() {
        return requester.clientId();
    }

    public UserRef userRef() {
        return requester.userRef();
    }

    public String userId() {
        return requester.userId();
    }

    public UUID targetId() {
        return target.id();
    }

    public DeviceType targetType() {
        return target.type();
    }

    public ActionKind kind() {
        return kind;
    }

    public Double value() {
        return value;
    }

    public ActionState state() {
        return state;
    }

    public Instant createdAt() {
        return timeline.createdAt();
    }

    public Instant updatedAt() {
        return timeline.updatedAt();
    }

    public Instant completedAt() {
        return timeline.completedAt();
    }

    public Instant expiresAt() {
        return timeline.expiresAt();
    }

    public FailureReason failureReason() {
        return failureReason;
    }

    public UUID executorId() {
        return delivery.executor() == null ? null : delivery.executor().id();
    }

    public DeviceType executorType() {
        return delivery.executor() == null ? null : delivery.executor().type();
    }

    public int attempts() {
        return delivery.attempts();
    }

    public Instant nextAttemptAt() {
        return delivery.nextAttemptAt();
    }

    public Instant lastSentAt() {
        return delivery.lastSentAt();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChargeAction a && id.equals(a.id) && requester.equals(a.requester) && target.equals(a.target)
                && kind == a.kind && Objects.equals(value, a.value) && state == a.state && timeline.equals(a.timeline)
                && Objects.equals(failureReason, a.failureReason) && delivery.equals(a.delivery);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, state, timeline.updatedAt(), delivery.attempts());
    }

    @Override
    public String toString() {
        return "ChargeAction[" + id + " " + kind + (value == null ? "" : " " + value) + " on " + target + " " + state
                + ", executor " + delivery.executor() + ", attempts " + delivery.attempts() + "]";
    }
}
