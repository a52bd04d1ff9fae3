package io.evpair.engine.actions;

import io.evpair.engine.clients.ApiClientStore;
import io.evpair.engine.control.AdapterDirectory;
import io.evpair.engine.control.CommandResult;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.devices.DeviceStateStore;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ingest.UserScope;
import io.evpair.engine.pairs.PairStore;
import io.evpair.engine.time.EngineTime;
import io.evpair.engine.transaction.Transactions;
import io.evpair.engine.webhooks.EventOutbox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Takes PENDING actions to their resolution as observations and time arrive: routes an action waiting for its
 * vehicle's pair, sends each attempt once, retries silence with backoff inside the timeout, confirms by observed
 * state, and explains every failure naming the device involved. Everything it knows is stored, so a restart picks
 * PENDING actions up where they were.
 */
public class ChargeActionProgress {
    private final ActionStore actions;
    private final DeviceStateStore states;
    private final ActionTargets targets;
    private final ActionChanges changes;
    private final AdapterDirectory adapters;
    private final EngineTime time;
    private final Duration timeout;
    private final Duration firstRetry;
    private final Object[] deviceLocks = new Object[256];
    private final Executor dispatch;

    /** @param dispatch sends the commands of {@link io.evpair.engine.control.AnswersLater} adapters */
    public ChargeActionProgress(ActionStore actions, DeviceStore devices, DeviceStateStore states, PairStore pairs,
                                ApiClientStore clients, AdapterDirectory adapters, EngineTime time,
                                Transactions transactions, Duration timeout, Duration firstRetry, EventOutbox outbox,
                                Executor dispatch) {
        this.actions = actions;
        this.states = states;
        this.targets = new ActionTargets(devices, pairs, clients);
        this.changes = new ActionChanges(actions, outbox, transactions);
        this.adapters = adapters;
        this.time = time;
        this.timeout = timeout;
        this.firstRetry = firstRetry;
        this.dispatch = dispatch;
        for (int i = 0; i < deviceLocks.length; i++) {
            deviceLocks[i] = new Object();
        }
    }

    public void onObservations(ClientId clientId, UserRef userRef) {
        List<ChargeAction> pending = actions.pendingOfUser(userRef);
        // Most users have nothing pending: the client's clock (a query) is read only for those who do.
        if (!pending.isEmpty()) {
            progress(pending, time.now(clientId));
        }
    }

    public void onTime(ClientId clientId, Instant now, UserScope users) {
        progress(actions.pendingOfClient(clientId).stream().filter(a -> users.includes(a.userRef())).toList(), now);
    }

    private void progress(List<ChargeAction> pending, Instant now) {
        for (ChargeAction action : pending) {
            if (action.executorId() != null && action.lastSentAt() != null && Confirmation.confirms(action.kind(),
                    action.value(), states.load(List.of(action.executorId())).get(action.executorId()), action.lastSentAt())) {
                changes.changed(action.resolved(ActionState.CONFIRMED, null, now));
            } else if (!now.isBefore(action.expiresAt())) {
                changes.changed(action.resolved(ActionState.FAILED, timedOut(action), now));
            } else if (action.executorId() == null) {
                routeWaiting(action, now);
            } else if (action.nextAttemptAt() != null && !now.isBefore(action.nextAttemptAt())) {
                dispatch(action, now);
            }
        }
    }

    /** An action waiting for activation gets its route as soon as the vehicle is activated with a capable charger. */
    private void routeWaiting(ChargeAction action, Instant now) {
        targets.find(action.clientId(), action.targetType(), action.targetId()).ifPresent(target -> {
            if (targets.route(target, action.kind()) instanceof Route.SendTo to && to.deviceType() == DeviceType.CHARGER) {
                ChargeAction routed = action.routedTo(to.deviceId(), to.deviceType(), now);
                actions.update(routed);
                dispatch(routed, now);
            }
        });
    }

    /**
     * Sends on this thread, or off it when the executing device answers slowly: a request then returns the
     * PENDING action without waiting for the device, and the clock's ticks are not held up by one silent charger.
     */
    void dispatch(ChargeAction action, Instant now) {
        boolean later = targets.address(action).map(a -> adapters.answersLater(a.vendor())).orElse(false);
        if (later) {
            dispatch.execute(() -> send(action, now));
        } else {
            send(action, now);
        }
    }

    private void send(ChargeAction action, Instant now) {
        synchronized (deviceLocks[Math.floorMod(action.executorId().hashCode(), deviceLocks.length)]) {
            Instant retryAt = now.plus(firstRetry.multipliedBy(1L << Math.min(action.attempts(), 6)));
            if (!actions.claimAttempt(action.id(), action.attempts(), now, retryAt)) {
                return;
            }
            String device = ActionTargets.kindOfDevice(action.executorType());
            Optional<DeviceAddress> address = targets.address(action);
            if (address.isEmpty()) {
                changes.changed(action.sent(now, null).resolved(ActionState.FAILED, new FailureReason(FailureType.NOT_FOUND,
                        "the " + device + " is no longer linked", action.executorId(), action.executorType()), now));
                return;
            }
            CommandResult result = execute(address.get(), action.kind(), action.value());
            // A device answers in seconds: meanwhile the action may have been confirmed, cancelled or replaced. No
            // re-read for that: the store replaces only a PENDING action, so what follows then changes nothing.
            if (result instanceof CommandResult.Accepted) {
                actions.update(action.sent(now, null));
            } else if (result instanceof CommandResult.Rejected rejected) {
                changes.changed(action.sent(now, retryAt).resolved(ActionState.FAILED, new FailureReason(
                        FailureType.FAILED_PRECONDITION, "the " + device + " refused the command: " + rejected.reason(),
                        action.executorId(), action.executorType()), now));
            }
            // NoResponse and Unreachable: the claimed attempt already set the retry time; the timeout decides.
        }
    }

    private CommandResult execute(DeviceAddress address, ActionKind kind, Double value) {
        return switch (kind) {
            case START -> adapters.startCharging(address);
            case STOP -> adapters.stopCharging(address);
            case SET_MAX_CURRENT -> adapters.setMaxCurrent(address, value);
            // no value: lift the limit we set
            case SET_CHARGE_RATE_LIMIT -> value == null ? adapters.clearChargeRateLimit(address)
                    : adapters.setChargeRateLimit(address, value);
        };
    }

    private FailureReason timedOut(ChargeAction action) {
        if (action.executorId() == null) {
            return new FailureReason(FailureType.FAILED_PRECONDITION, "the vehicle was not plugged into a charger that could "
                    + CommandRouter.verb(action.kind()) + " within " + timeout.toMinutes() + " minutes",
                    action.targetId(), action.targetType());
        }
        String device = ActionTargets.kindOfDevice(action.executorType());
        String detail = action.nextAttemptAt() == null && action.attempts() > 0
                ? "the " + device + " accepted the command but its state did not change within " + timeout.toMinutes() + " minutes"
                : "the " + device + " did not answer within " + timeout.toMinutes() + " minutes";
        return new FailureReason(FailureType.NO_RESPONSE, detail, action.executorId(), action.executorType());
    }
}
