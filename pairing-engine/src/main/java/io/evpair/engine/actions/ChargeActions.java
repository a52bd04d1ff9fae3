package io.evpair.engine.actions;

import io.evpair.engine.control.AdapterDirectory;
import io.evpair.engine.control.CommandResult;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.clients.ApiClientStore;
import io.evpair.engine.clients.ClientFeatures;
import io.evpair.engine.devices.Charger;
import io.evpair.engine.devices.CommandCapabilities;
import io.evpair.engine.devices.DeviceStateStore;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.devices.Vehicle;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.ingest.ObservationProcessor;
import io.evpair.engine.ingest.UserScope;
import io.evpair.engine.pairs.ChargingPair;
import io.evpair.engine.pairs.PairStore;
import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageRequest;
import io.evpair.engine.time.EngineTime;
import io.evpair.engine.transaction.Transactions;
import io.evpair.engine.webhooks.EventOutbox;
import io.evpair.engine.webhooks.WebhookEvent;
import io.evpair.engine.webhooks.WebhookEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * Charging actions from request to resolution: routes each command (see {@link CommandRouter}), stores the
 * action before anything is sent, sends each attempt once, retries silence with backoff inside the timeout,
 * confirms by observed state, and explains every failure naming the device involved. Everything it knows is
 * stored, so a restart picks PENDING actions up where they were.
 */
public class ChargeActions implements ObservationProcessor {
    private static final int MAX_CHARGERS = 1000;

    private final ActionStore actions;
    private final DeviceStore devices;
    private final DeviceStateStore states;
    private final PairStore pairs;
    private final ApiClientStore clients;
    private final AdapterDirectory adapters;
    private final EngineTime time;
    private final Transactions transactions;
    private final Duration timeout;
    private final Duration firstRetry;
    private final Object[] deviceLocks = new Object[256];
    private final EventOutbox outbox;
    private final Executor dispatch;

    public ChargeActions(ActionStore actions, DeviceStore devices, DeviceStateStore states, PairStore pairs,
                         ApiClientStore clients, AdapterDirectory adapters, EngineTime time, Transactions transactions,
                         Duration timeout, Duration firstRetry, EventOutbox outbox) {
        this(actions, devices, states, pairs, clients, adapters, time, transactions, timeout, firstRetry, outbox,
                Runnable::run);
    }

    /** @param dispatch sends the commands of {@link io.evpair.engine.control.AnswersLater} adapters */
    public ChargeActions(ActionStore actions, DeviceStore devices, DeviceStateStore states, PairStore pairs,
                         ApiClientStore clients, AdapterDirectory adapters, EngineTime time, Transactions transactions,
                         Duration timeout, Duration firstRetry, EventOutbox outbox, Executor dispatch) {
        this.dispatch = dispatch;
        this.outbox = outbox;
        this.actions = actions;
        this.devices = devices;
        this.states = states;
        this.pairs = pairs;
        this.clients = clients;
        this.adapters = adapters;
        this.time = time;
        this.transactions = transactions;
        this.timeout = timeout;
        this.firstRetry = firstRetry;
        for (int i = 0; i < deviceLocks.length; i++) {
            deviceLocks[i] = new Object();
        }
    }

    public ActionRequest request(UUID clientId, DeviceType targetType, UUID targetId, ActionKind kind, Double value) {
        Optional<Target> found = target(clientId, targetType, targetId);
        if (found.isEmpty()) {
            return new ActionRequest.TargetNotFound();
        }
        Target target = found.get();
        Optional<ChargeAction> same = actions.pendingOfTarget(targetId).stream()
                .filter(a -> a.sameCommand(kind, value)).findFirst();
        if (same.isPresent()) {
            return new ActionRequest.Existing(same.get());
        }
        Route route = CommandRouter.route(facts(target, kind));
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
            for (ChargeAction other : actions.pendingOfTarget(targetId)) {
                save(other.resolved(ActionState.CANCELLED, new FailureReason(FailureType.CONFLICT,
                        "replaced by a newer " + kind + " action on the same " + target.type().name().toLowerCase(),
                        targetId, target.type()), now));
            }
            Route.SendTo to = route instanceof Route.SendTo s ? s : null;
            ChargeAction action = new ChargeAction(UUID.randomUUID(), clientId, target.userRef(), target.userId(), targetId,
                    target.type(), kind, value, ActionState.PENDING, now, now, null, now.plus(timeout), null,
                    to == null ? null : to.deviceId(), to == null ? null : to.deviceType(), 0,
                    to == null ? null : now, null);
            actions.insert(action);
            published(action);
            return action;
        });
        if (created.executorId() != null) {
            dispatch(created, now);
        }
        return new ActionRequest.Created(actions.find(clientId, created.id()).orElseThrow());
    }

    public Optional<ChargeAction> find(UUID clientId, DeviceType targetType, UUID actionId) {
        return actions.find(clientId, actionId).filter(a -> a.targetType() == targetType);
    }

    /** The action log of one user, newest first: an empty page for a user the client does not have. */
    public Page<ChargeAction> ofUser(UUID clientId, String userId, PageRequest page) {
        return actions.ofUser(clientId, userId, page);
    }

    /** Cancels a PENDING action; a resolved one comes back unchanged (the API answers 409). */
    public Optional<ChargeAction> cancel(UUID clientId, DeviceType targetType, UUID actionId) {
        return transactions.inTransaction(() -> find(clientId, targetType, actionId).map(action -> {
            if (action.state().isResolved()) {
                return action;
            }
            ChargeAction cancelled = action.resolved(ActionState.CANCELLED, new FailureReason(
                    FailureType.REQUESTED_CANCELLATION, "cancelled at the client's request", action.targetId(),
                    action.targetType()), time.now(clientId));
            save(cancelled);
            return cancelled;
        }));
    }

    /** Whether a vehicle can be asked for {@code kind}: its own capability, or one its established pairs unlock. */
    public boolean vehicleCapable(Vehicle vehicle, ClientFeatures features, ActionKind kind,
                                  List<Charger> chargersOfUser) {
        return CommandRouter.vehicleCapable(can(vehicle.capabilities(), kind),
                chargersOfUser.stream().anyMatch(c -> can(c.capabilities(), kind)), features);
    }

    @Override
    public void onObservations(UUID clientId, UUID userRef, List<Observation> observations) {
        List<ChargeAction> pending = actions.pendingOfUser(userRef);
        // Most users have nothing pending: the client's clock (a query) is read only for those who do.
        if (!pending.isEmpty()) {
            progress(pending, time.now(clientId));
        }
    }

    @Override
    public void onTime(UUID clientId, Instant now, UserScope users) {
        progress(actions.pendingOfClient(clientId).stream().filter(a -> users.includes(a.userRef())).toList(), now);
    }

    private void progress(List<ChargeAction> pending, Instant now) {
        for (ChargeAction action : pending) {
            if (action.executorId() != null && action.lastSentAt() != null && Confirmation.confirms(action.kind(),
                    action.value(), states.load(List.of(action.executorId())).get(action.executorId()), action.lastSentAt())) {
                save(action.resolved(ActionState.CONFIRMED, null, now));
            } else if (!now.isBefore(action.expiresAt())) {
                save(action.resolved(ActionState.FAILED, timedOut(action), now));
            } else if (action.executorId() == null) {
                routeWaiting(action, now);
            } else if (action.nextAttemptAt() != null && !now.isBefore(action.nextAttemptAt())) {
                dispatch(action, now);
            }
        }
    }

    /** An action waiting for activation gets its route as soon as the vehicle is activated with a capable charger. */
    private void routeWaiting(ChargeAction action, Instant now) {
        target(action.clientId(), action.targetType(), action.targetId()).ifPresent(target -> {
            if (CommandRouter.route(facts(target, action.kind())) instanceof Route.SendTo to
                    && to.deviceType() == DeviceType.CHARGER) {
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
    private void dispatch(ChargeAction action, Instant now) {
        boolean later = address(action).map(a -> adapters.answersLater(a.vendor())).orElse(false);
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
            Optional<DeviceAddress> address = address(action);
            if (address.isEmpty()) {
                save(action.sent(now, null).resolved(ActionState.FAILED, new FailureReason(FailureType.NOT_FOUND,
                        "the " + kindOfDevice(action.executorType()) + " is no longer linked", action.executorId(),
                        action.executorType()), now));
                return;
            }
            CommandResult result = execute(address.get(), action.kind(), action.value());
            // A device answers in seconds: meanwhile the action may have been confirmed, cancelled or replaced.
            if (actions.find(action.clientId(), action.id()).map(a -> a.state().isResolved()).orElse(true)) {
                return;
            }
            ChargeAction sent = action.sent(now, retryAt);
            if (result instanceof CommandResult.Accepted) {
                actions.update(action.sent(now, null));
            } else if (result instanceof CommandResult.Rejected rejected) {
                save(sent.resolved(ActionState.FAILED, new FailureReason(FailureType.FAILED_PRECONDITION,
                        "the " + kindOfDevice(action.executorType()) + " refused the command: " + rejected.reason(),
                        action.executorId(), action.executorType()), now));
            }
            // NoResponse and Unreachable: the claimed attempt already set the retry time; the timeout decides.
        }
    }

    /** Stores a state change and its {@code user:vendor-action:updated} event together. */
    private void save(ChargeAction action) {
        transactions.inTransaction(() -> {
            actions.update(action);
            published(action);
        });
    }

    private void published(ChargeAction a) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("actionId", a.id().toString());
        data.put("targetId", a.targetId().toString());
        data.put("targetType", a.targetType().name().toLowerCase(java.util.Locale.ROOT));
        data.put("kind", a.kind().name());
        data.put("state", a.state().name());
        if (a.failureReason() != null) {
            data.put("failureReason", Map.of("type", a.failureReason().type().name(), "detail", a.failureReason().detail()));
        }
        outbox.publish(new WebhookEvent(WebhookEvents.ACTION_UPDATED, a.clientId(), a.userId(), a.updatedAt(), data));
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
        String device = kindOfDevice(action.executorType());
        String detail = action.nextAttemptAt() == null && action.attempts() > 0
                ? "the " + device + " accepted the command but its state did not change within " + timeout.toMinutes() + " minutes"
                : "the " + device + " did not answer within " + timeout.toMinutes() + " minutes";
        return new FailureReason(FailureType.NO_RESPONSE, detail, action.executorId(), action.executorType());
    }

    private Optional<DeviceAddress> address(ChargeAction action) {
        if (action.executorType() == DeviceType.VEHICLE) {
            return devices.findVehicle(action.clientId(), action.executorId())
                    .map(v -> new DeviceAddress(v.id(), DeviceType.VEHICLE, v.vendor(), v.vendorDeviceId()));
        }
        return devices.findCharger(action.clientId(), action.executorId())
                .map(c -> new DeviceAddress(c.id(), DeviceType.CHARGER, c.vendor(), c.vendorDeviceId()));
    }

    private RoutingFacts facts(Target target, ActionKind kind) {
        ClientFeatures features = clients.findById(target.clientId()).map(c -> c.features()).orElse(ClientFeatures.DEFAULTS);
        if (target.type() == DeviceType.CHARGER) {
            return new RoutingFacts(target.id(), DeviceType.CHARGER, kind, features, can(target.capabilities(), kind),
                    null, false, false);
        }
        Optional<ChargingPair> active = pairs.activeOfDevice(target.id()).filter(p -> p.vehicleId().equals(target.id()));
        List<Charger> chargers = devices.chargers(target.clientId(), Optional.of(target.userRef()),
                PageRequest.first(MAX_CHARGERS)).items();
        boolean activatedCan = active.flatMap(p -> chargers.stream().filter(c -> c.id().equals(p.chargerId())).findFirst())
                .map(c -> can(c.capabilities(), kind)).orElse(false);
        return new RoutingFacts(target.id(), DeviceType.VEHICLE, kind, features, can(target.capabilities(), kind),
                active.map(ChargingPair::chargerId).orElse(null), activatedCan,
                chargers.stream().anyMatch(c -> can(c.capabilities(), kind)));
    }

    static boolean can(CommandCapabilities c, ActionKind kind) {
        return switch (kind) {
            case START -> c.startCharging();
            case STOP -> c.stopCharging();
            case SET_MAX_CURRENT -> c.setMaxCurrent();
            case SET_CHARGE_RATE_LIMIT -> c.setChargeRateLimit();
        };
    }

    private Optional<Target> target(UUID clientId, DeviceType type, UUID id) {
        if (type == DeviceType.VEHICLE) {
            return devices.findVehicle(clientId, id)
                    .map(v -> new Target(v.id(), DeviceType.VEHICLE, clientId, v.userRef(), v.userId(), v.capabilities()));
        }
        return devices.findCharger(clientId, id)
                .map(c -> new Target(c.id(), DeviceType.CHARGER, clientId, c.userRef(), c.userId(), c.capabilities()));
    }

    private static String kindOfDevice(DeviceType type) {
        return type == DeviceType.VEHICLE ? "vehicle" : "charger";
    }

    private record Target(UUID id, DeviceType type, UUID clientId, UUID userRef, String userId,
                          CommandCapabilities capabilities) {
    }
}
