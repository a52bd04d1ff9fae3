package io.evpair.engine.actions;


import static io.evpair.engine.testing.EngineFixture.capable;
import static io.evpair.engine.testing.EngineFixture.stopOnly;
import static io.evpair.engine.testing.Reports.charger;
import static io.evpair.engine.testing.Reports.plugInAndCharge;
import static io.evpair.engine.testing.Reports.vehicle;
import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.engine.control.CommandResult;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.testing.EngineFixture;
import io.evpair.engine.testing.Reports;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Actions from request to resolution over in-memory stores: routing on activation, retries of silence, the
 * timeout, confirmation by observed state. The HTTP shapes of the same stay in the app's OrchestrationTest.
 */
class ChargeActionProgressTest {
    private final EngineFixture engine = new EngineFixture();
    private final EngineFixture.User user = engine.user("tara");

    @Test
    void aVehicleThatCannotStartIsStartedThroughItsActivatedChargerAndConfirmedByTheChargersState() {
        VehicleId car = engine.vehicle(user, stopOnly());
        ChargerId box = engine.charger(user, capable());
        engine.report(plugInAndCharge(car, box, 0, 60));
        engine.report(charger(box, 62, true, false, 0.0), vehicle(car, 62, true, false, 0.0, 50.5));
        assertThat(engine.pairs.activeOfDevice(car)).hasValueSatisfying(p -> assertThat(p.chargerId()).isEqualTo(box));

        ChargeAction start = created(engine.actions.request(engine.clientId, car, ActionKind.START, null));

        assertThat(start.state()).isEqualTo(ActionState.PENDING);
        assertThat(start.executorId()).isEqualTo(box.value());
        assertThat(start.attempts()).isEqualTo(1);
        assertThat(engine.adapter.commandsTo(box)).containsExactly("START");
        assertThat(engine.adapter.commandsTo(car)).isEmpty();

        engine.report(charger(box, 66, true, true, 7.2));

        assertThat(stored(start).state()).isEqualTo(ActionState.CONFIRMED);
        assertThat(stored(start).completedAt()).isEqualTo(engine.now());
        assertThat(engine.outbox.events(ActionUpdated.class)).extracting(e -> e.action().state())
                .containsExactly(ActionState.PENDING, ActionState.CONFIRMED);
    }

    @Test
    void anActionWaitingForAPairIsRoutedInTheBatchThatActivatesIt() {
        VehicleId car = engine.vehicle(user, stopOnly());
        ChargerId box = engine.charger(user, capable());
        engine.report(charger(box, -30, false, false, 0.0), vehicle(car, -30, false, false, 0.0, 40.0));
        // Plugged in, waiting for a start the car cannot give itself; the car has not reported its plug-in yet
        for (int minute = 0; minute < 2; minute++) {
            engine.report(charger(box, minute, true, false, 0.0));
        }
        assertThat(engine.pairs.activeOfDevice(car)).as("too early to pair").isEmpty();

        ChargeAction start = created(engine.actions.request(engine.clientId, car, ActionKind.START, null));
        assertThat(start.executorId()).as("no pair yet: it waits").isNull();

        int minute = 2;
        while (engine.pairs.activeOfDevice(car).isEmpty()) {
            assertThat(stored(start).executorId()).as("routed before its pair, minute " + minute).isNull();
            assertThat(minute).as("the pair did not come within the action's timeout").isLessThan(18);
            engine.report(charger(box, minute, true, false, 0.0), vehicle(car, minute, true, false, 0.0, 40.0));
            minute++;
        }

        ChargeAction routed = stored(start);
        assertThat(routed.executorId()).as("routed in the batch that activated the pair").isEqualTo(box.value());
        assertThat(routed.executorType()).isEqualTo(DeviceType.CHARGER);
        assertThat(engine.adapter.commandsTo(box)).containsExactly("START");
        assertThat(engine.adapter.commandsTo(car)).isEmpty();
        assertThat(routed.state()).as("only a state reported after the command confirms").isEqualTo(ActionState.PENDING);

        engine.report(charger(box, minute + 1, true, true, 7.2));
        assertThat(stored(start).state()).isEqualTo(ActionState.CONFIRMED);
    }

    @Test
    void aWaitingActionFailsNamingTheVehicleWhenNoPairComesInTime() {
        VehicleId car = engine.vehicle(user, stopOnly());
        engine.charger(user, capable());
        ChargeAction start = created(engine.actions.request(engine.clientId, car, ActionKind.START, null));

        engine.clockAt(9.9);
        assertThat(stored(start).state()).isEqualTo(ActionState.PENDING);
        engine.clockAt(10);

        ChargeAction failed = stored(start);
        assertThat(failed.state()).isEqualTo(ActionState.FAILED);
        assertThat(failed.failureReason().type()).isEqualTo(FailureType.FAILED_PRECONDITION);
        assertThat(failed.failureReason().deviceId()).isEqualTo(car.value());
        assertThat(failed.failureReason().deviceType()).isEqualTo(DeviceType.VEHICLE);
        assertThat(engine.adapter.sent()).isEmpty();
    }

    @Test
    void silenceIsRetriedWithDoublingIntervalsThenTimesOutNamingTheCharger() {
        ChargerId box = engine.charger(user, capable());
        engine.adapter.answers(box, new CommandResult.NoResponse("no answer"));

        ChargeAction limit = created(engine.actions.request(engine.clientId, box,
                ActionKind.SET_CHARGE_RATE_LIMIT, 3.7));
        assertThat(limit.nextAttemptAt()).isEqualTo(EngineFixture.T0.plus(EngineFixture.FIRST_RETRY));

        // 30 s after the first attempt, then 60 s after the second, then 120 s after the third
        engine.clockAt(0.4);
        assertThat(engine.adapter.commandsTo(box)).hasSize(1);
        engine.clockAt(0.5);
        assertThat(engine.adapter.commandsTo(box)).hasSize(2);
        assertThat(stored(limit).nextAttemptAt()).isEqualTo(Reports.at(1.5));
        engine.clockAt(1.4);
        assertThat(engine.adapter.commandsTo(box)).hasSize(2);
        engine.clockAt(1.5);
        assertThat(engine.adapter.commandsTo(box)).hasSize(3);
        assertThat(stored(limit).nextAttemptAt()).isEqualTo(Reports.at(3.5));
        engine.clockAt(1.5);
        assertThat(engine.adapter.commandsTo(box)).as("one attempt is sent once").hasSize(3);

        engine.clockAt(10);
        ChargeAction failed = stored(limit);
        assertThat(failed.state()).isEqualTo(ActionState.FAILED);
        assertThat(failed.failureReason().type()).isEqualTo(FailureType.NO_RESPONSE);
        assertThat(failed.failureReason().deviceId()).isEqualTo(box.value());
        assertThat(failed.failureReason().detail()).contains("did not answer within 10 minutes");
        int sent = engine.adapter.commandsTo(box).size();
        engine.clockAt(30);
        assertThat(engine.adapter.commandsTo(box)).as("nothing is sent once resolved").hasSize(sent);
    }

    @Test
    void timePassingMovesOnlyTheActionsOfUsersThisInstanceOwns() {
        ChargerId box = engine.charger(user, capable());
        engine.adapter.answers(box, new CommandResult.NoResponse("no answer"));
        ChargeAction stop = created(engine.actions.request(engine.clientId, box, ActionKind.STOP, null));

        engine.pipeline.advance(engine.clientId, Reports.at(11), other -> !other.equals(user.userRef()));
        assertThat(stored(stop).state()).as("another instance owns the user").isEqualTo(ActionState.PENDING);
        assertThat(engine.adapter.commandsTo(box)).hasSize(1);

        engine.pipeline.advance(engine.clientId, Reports.at(11), other -> other.equals(user.userRef()));
        assertThat(stored(stop).state()).isEqualTo(ActionState.FAILED);
    }

    @Test
    void anAcceptedCommandWhoseStateNeverChangesTimesOutSayingSo() {
        ChargerId box = engine.charger(user, capable());
        engine.report(charger(box, 0, true, false, 0.0));
        ChargeAction start = created(engine.actions.request(engine.clientId, box, ActionKind.START, null));
        assertThat(stored(start).nextAttemptAt()).as("accepted: nothing more to send").isNull();

        engine.report(charger(box, 5, true, false, 0.0));
        engine.clockAt(10);
        assertThat(stored(start).state()).as("the timeout counts from the request, 5 s after T0").isEqualTo(ActionState.PENDING);
        engine.clockAt(10.1);

        ChargeAction failed = stored(start);
        assertThat(failed.state()).isEqualTo(ActionState.FAILED);
        assertThat(failed.failureReason().type()).isEqualTo(FailureType.NO_RESPONSE);
        assertThat(failed.failureReason().detail()).contains("accepted the command but its state did not change");
        assertThat(engine.adapter.commandsTo(box)).containsExactly("START");
    }

    @Test
    void aRejectedCommandFailsAtOnceNamingTheDevice() {
        ChargerId box = engine.charger(user, capable());
        engine.adapter.answers(box, new CommandResult.Rejected("cable locked"));

        ChargeAction start = created(engine.actions.request(engine.clientId, box, ActionKind.START, null));

        assertThat(start.state()).isEqualTo(ActionState.FAILED);
        assertThat(start.failureReason().type()).isEqualTo(FailureType.FAILED_PRECONDITION);
        assertThat(start.failureReason().detail()).contains("refused the command: cable locked");
        assertThat(start.failureReason().deviceId()).isEqualTo(box.value());
    }

    @Test
    void aLimitIsConfirmedOnceTheReportedRateIsWithinIt() {
        ChargerId box = engine.charger(user, capable());
        engine.report(charger(box, 0, true, true, 11.0));
        ChargeAction limit = created(engine.actions.request(engine.clientId, box,
                ActionKind.SET_CHARGE_RATE_LIMIT, 3.7));

        engine.report(charger(box, 2, true, true, 11.0));
        assertThat(stored(limit).state()).as("still above the limit").isEqualTo(ActionState.PENDING);
        engine.report(charger(box, 3, true, true, 3.6));
        assertThat(stored(limit).state()).isEqualTo(ActionState.CONFIRMED);
    }

    @Test
    void theSameCommandReusesTheActionAndADifferentOneCancelsIt() {
        ChargerId box = engine.charger(user, capable());
        engine.adapter.answers(box, new CommandResult.NoResponse("no answer"));

        ChargeAction first = created(engine.actions.request(engine.clientId, box, ActionKind.SET_MAX_CURRENT, 16.0));
        ActionRequest again = engine.actions.request(engine.clientId, box, ActionKind.SET_MAX_CURRENT, 16.0);
        ChargeAction other = created(engine.actions.request(engine.clientId, box, ActionKind.SET_MAX_CURRENT, 10.0));

        assertThat(again).isInstanceOfSatisfying(ActionRequest.Existing.class, e -> assertThat(e.action().id()).isEqualTo(first.id()));
        assertThat(stored(first).state()).isEqualTo(ActionState.CANCELLED);
        assertThat(stored(first).failureReason().type()).isEqualTo(FailureType.CONFLICT);

        ChargeAction cancelled = engine.actions.cancel(engine.clientId, DeviceType.CHARGER, other.id()).orElseThrow();
        assertThat(cancelled.state()).isEqualTo(ActionState.CANCELLED);
        assertThat(cancelled.failureReason().type()).isEqualTo(FailureType.REQUESTED_CANCELLATION);
        assertThat(engine.actions.cancel(engine.clientId, DeviceType.CHARGER, other.id())).contains(cancelled);
        assertThat(engine.actions.find(engine.clientId, DeviceType.VEHICLE, other.id())).isEmpty();
    }

    @Test
    void aCommandThatWouldChangeNothingIsRefusedAndStoresNothing() {
        ChargerId box = engine.charger(user, capable());
        engine.report(charger(box, 0, true, true, 7.2));

        ActionRequest refused = engine.actions.request(engine.clientId, box, ActionKind.START, null);

        assertThat(refused).isInstanceOfSatisfying(ActionRequest.Refused.class,
                r -> assertThat(r.reason()).contains("already charging"));
        assertThat(engine.actionStore.pendingOfTarget(box)).isEmpty();
        assertThat(engine.outbox.events(ActionUpdated.class)).isEmpty();
    }

    @Test
    void anotherClientsDeviceIsNotFound() {
        ChargerId box = engine.charger(user, capable());
        assertThat(engine.actions.request(new ClientId(UUID.randomUUID()), box, ActionKind.START, null))
                .isInstanceOf(ActionRequest.TargetNotFound.class);
    }

    @Test
    void actionsPendingAtARestartAreRetriedByTheNewInstance() {
        ChargerId box = engine.charger(user, capable());
        engine.adapter.answers(box, new CommandResult.Unreachable("asleep"));
        ChargeAction stop = created(engine.actions.request(engine.clientId, box, ActionKind.STOP, null));

        engine.start();
        engine.clockAt(0.5);

        assertThat(engine.adapter.commandsTo(box)).containsExactly("STOP", "STOP");
        assertThat(stored(stop).attempts()).isEqualTo(2);
        ActionUpdated created = engine.outbox.events(ActionUpdated.class).get(0);
        assertThat(created.userId()).isEqualTo("tara");
        assertThat(Duration.between(EngineFixture.T0, stored(stop).expiresAt())).isEqualTo(EngineFixture.ACTION_TIMEOUT);
    }

    private ChargeAction created(ActionRequest request) {
        assertThat(request).isInstanceOf(ActionRequest.Created.class);
        return ((ActionRequest.Created) request).action();
    }

    private ChargeAction stored(ChargeAction action) {
        return engine.actionStore.get(action.id());
    }
}
