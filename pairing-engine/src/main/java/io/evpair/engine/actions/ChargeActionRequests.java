package io.evpair.engine.actions;

import io.evpair.engine.clients.ApiClientStore;
import io.evpair.engine.devices.DeviceStateStore;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.ids.ActionId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceId;
import io.evpair.engine.ids.DeviceRef;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.pairs.PairStore;
import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageRequest;
import io.evpair.engine.time.EngineTime;
import io.evpair.engine.transaction.Transactions;
import io.evpair.engine.webhooks.EventOutbox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What clients ask of charging actions: a new one (routed by {@link CommandRouter} and stored before anything is
 * sent), one or a user's list, a cancellation. {@link ChargeActionProgress} takes each from there.
 */
public class ChargeActionRequests {
    private final ActionStore actions;
    private final DeviceStateStore states;
    private final ActionTargets targets;
    private final ActionChanges changes;
    private final ChargeActionProgress progress;
    private final EngineTime time;
    private final Transactions transactions;
    private final Duration timeout;

    public ChargeActionRequests(ActionStore actions, DeviceStore devices, DeviceStateStore states, PairStore pairs,
                                ApiClientStore clients, EngineTime time, Transactions transactions, Duration timeout,
                                EventOutbox outbox, ChargeActionProgress progress) {
        this.actions = actions;
        this.states = states;
        this.targets = new ActionTargets(devices, pairs, clients);
        this.changes = new ActionChanges(actions, outbox, transactions);
        this.progress = progress;
        this.time = time;
        this.transactions = transactions;
        this.timeout = timeout;
    }

    public ActionRequest request(ClientId clientId, DeviceId targetDevice, ActionKind kind, Double value) {
        DeviceType targetType = targetDevice.type();
        UUID targetId = targetDevice.value();
        Optional<ActionTargets.Target> found = targets.find(clientId, targetType, targetId);
        if (found.isEmpty()) {
            return new ActionRequest.TargetNotFound();
        }
        ActionTargets.Target target = found.get();
        Optional<ChargeAction> same = actions.pendingOfTarget(targetDevice).stream()
                .filter(a -> a.sameCommand(kind, value)).findFirst();
        if (same.isPresent()) {
            return new ActionRequest.Existing(same.get());
        }
        Route route = targets.route(target, kind);
        if (route instanceof Route.Refuse refuse) {
            return new ActionRequest.Refused(refuse.reason());
        }
        UUID stateOf = route instanceof Route.SendTo to ? to.deviceId() : targetId;
        String needless = Confirmation.alreadyInState(kind, states.load(List.of(stateOf)).get(stateOf));
        if (needless != null) {
            return new ActionRequest.Refused("nothing to do: " + needless);
        }
        Instant now = time.now(clientId);
        ChargeAction created = transactions.inTransaction(() -> {
            for (ChargeAction other : actions.pendingOfTarget(targetDevice)) {
                changes.changed(other.resolved(ActionState.CANCELLED, new FailureReason(FailureType.CONFLICT,
                        "replaced by a newer " + kind + " action on the same " + target.type().name().toLowerCase(),
                        targetId, target.type()), now));
            }
            DeviceRef executor = route instanceof Route.SendTo to ? new DeviceRef(to.deviceId(), to.deviceType()) : null;
            ChargeAction action = ChargeAction.requested(clientId, target.userRef(), target.userId(), target.ref(), kind,
                    value, executor, now, now.plus(timeout));
            changes.created(action);
            return action;
        });
        if (created.executorId() != null) {
            progress.dispatch(created, now);
        }
        return new ActionRequest.Created(actions.find(clientId, created.id()).orElseThrow());
    }

    public Optional<ChargeAction> find(ClientId clientId, DeviceType targetType, ActionId actionId) {
        return actions.find(clientId, actionId).filter(a -> a.targetType() == targetType);
    }

    /** The action log of one user, newest first: an empty page for a user the client does not have. */
    public Page<ChargeAction> ofUser(ClientId clientId, String userId, PageRequest page) {
        return actions.ofUser(clientId, userId, page);
    }

    /** Cancels a PENDING action; a resolved one comes back unchanged (the API answers 409). */
    public Optional<ChargeAction> cancel(ClientId clientId, DeviceType targetType, ActionId actionId) {
        return transactions.inTransaction(() -> find(clientId, targetType, actionId).map(action -> {
            if (action.state().isResolved()) {
                return action;
            }
            ChargeAction cancelled = action.resolved(ActionState.CANCELLED, new FailureReason(
                    FailureType.REQUESTED_CANCELLATION, "cancelled at the client's request", action.targetId(),
                    action.targetType()), time.now(clientId));
            changes.changed(cancelled);
            return cancelled;
        }));
    }
}
