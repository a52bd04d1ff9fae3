package io.evpair.engine.ingest;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.users.User;
import io.evpair.engine.ingest.UnknownDeviceException;
import io.evpair.engine.ingest.ObservationProcessor;
import io.evpair.engine.ingest.UserScope;
import io.evpair.engine.ingest.ObservationPipeline;
import static io.evpair.engine.testing.EngineFixture.capable;
import static io.evpair.engine.testing.Reports.charger;
import static io.evpair.engine.testing.Reports.vehicle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.devices.PowerDeliveryState;
import io.evpair.engine.testing.EngineFixture;
import io.evpair.engine.testing.InMemoryDeviceStates;
import io.evpair.engine.testing.InMemoryDevices;
import io.evpair.engine.testing.InMemoryObservations;
import io.evpair.engine.testing.InMemoryTransactions;
import io.evpair.engine.testing.RecordingOutbox;
import io.evpair.engine.devices.DeviceUpdated;
import io.evpair.engine.webhooks.WebhookEventType;
import io.evpair.engine.time.ClientClocks;
import io.evpair.engine.time.ClockMove;
import java.time.Instant;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The way in: stored once, projected, announced, and handed to the processors per user, in order. */
class ObservationPipelineTest {
    private final EngineFixture fixture = new EngineFixture();
    private final InMemoryTransactions transactions = fixture.transactions;
    private final RecordingOutbox outbox = fixture.outbox;
    private final InMemoryDevices devices = fixture.devices;
    private final InMemoryDeviceStates states = fixture.states;
    private final InMemoryObservations observations = fixture.observations;
    private final List<String> heard = new ArrayList<>();
    private final ObservationPipeline pipeline = new ObservationPipeline(devices, observations, states, transactions,
            List.of(recorder("first"), recorder("second")), outbox, fixture.clocks);

    private final EngineFixture.User ada = fixture.user("ada");
    private final EngineFixture.User bo = fixture.user("bo");
    private final VehicleId adasCar = fixture.vehicle(ada, capable());
    private final ChargerId adasBox = fixture.charger(ada, capable());
    private final VehicleId bosCar = fixture.vehicle(bo, capable());

    @Test
    void aBatchIsStoredOnceAndDuplicatesAreDroppedSilently() {
        List<Observation> batch = List.of(vehicle(adasCar, 0, true, false, 0.0, 40.0), charger(adasBox, 0, true, false, 0.0));

        assertThat(pipeline.ingest(batch)).isEqualTo(2);
        assertThat(pipeline.ingest(batch)).isZero();
        assertThat(pipeline.ingest(List.of())).isZero();

        assertThat(observations.size()).isEqualTo(2);
        assertThat(heard).as("duplicates reach no processor").hasSize(2);
    }

    @Test
    void eachUsersNewObservationsReachEveryProcessorInStorageOrderAfterOneTransaction() {
        Observation first = vehicle(adasCar, 0, true, false, 0.0, 40.0);
        Observation second = charger(adasBox, 1, true, true, 7.2);
        Observation bos = vehicle(bosCar, 0, false, false, 0.0, 80.0);

        pipeline.ingest(List.of(first, bos, second, first));

        assertThat(heard).containsExactly(
                "first " + ada.userRef() + " " + List.of(first.deviceId(), second.deviceId()),
                "second " + ada.userRef() + " " + List.of(first.deviceId(), second.deviceId()),
                "first " + bo.userRef() + " " + List.of(bos.deviceId()),
                "second " + bo.userRef() + " " + List.of(bos.deviceId()));
        assertThat(transactions.committed()).as("storage and projection are one unit").isEqualTo(1);
    }

    @Test
    void theStateIsProjectedAndAnUpdateNamesWhatAClientCanSeeChange() {
        pipeline.ingest(List.of(vehicle(adasCar, 0, true, false, 0.0, 40.0)));
        outbox.clear();

        pipeline.ingest(List.of(vehicle(adasCar, 2, true, true, 6.5, 41.0)));

        assertThat(states.of(adasCar.value()).powerDeliveryState()).isEqualTo(PowerDeliveryState.PLUGGED_IN_CHARGING);
        assertThat(outbox.events()).hasSize(1);
        DeviceUpdated update = outbox.events(DeviceUpdated.class).get(0);
        assertThat(update.type()).isEqualTo(WebhookEventType.VEHICLE_UPDATED);
        assertThat(update.userId()).isEqualTo("ada");
        assertThat(update.at()).isEqualTo(vehicle(adasCar, 2, true, true, 6.5, 41.0).receivedAt());
        assertThat(update.device()).isEqualTo(adasCar);
        assertThat(update.updatedFields()).isEqualTo(List.of("chargeState.isCharging",
                "chargeState.chargeRate", "chargeState.batteryLevel", "chargeState.powerDeliveryState"));
    }

    @Test
    void aReportThatChangesNothingVisibleAnnouncesNothing() {
        pipeline.ingest(List.of(charger(adasBox, 0, true, false, 0.0)));
        outbox.clear();

        pipeline.ingest(List.of(charger(adasBox, 1, true, false, 0.0)));

        assertThat(outbox.events()).isEmpty();
        assertThat(states.of(adasBox.value()).lastUpdated()).isEqualTo(fixtureMinute(1));
    }

    @Test
    void aClockMoveIsWrittenInTheBatchsTransactionBeforeTheProcessorsHearOfTheBatch() {
        List<String> seen = new ArrayList<>();
        ClientClocks recording = new ClientClocks() {
            @Override
            public Optional<Instant> virtualNow(ClientId clientId) {
                return fixture.clocks.virtualNow(clientId);
            }

            @Override
            public Instant advance(ClientId clientId, Instant to) {
                seen.add("clock moved in a transaction: " + transactions.isOpen());
                return fixture.clocks.advance(clientId, to);
            }
        };
        ObservationProcessor processor = new ObservationProcessor() {
            @Override
            public void onObservations(ClientId clientId, UserRef userRef, List<Observation> inReceivedOrder) {
                seen.add("processed at " + fixture.clocks.virtualNow(clientId).orElseThrow());
            }

            @Override
            public void onTime(ClientId clientId, Instant now, UserScope users) {
            }
        };
        ObservationPipeline moving = new ObservationPipeline(devices, observations, states, transactions,
                List.of(processor), outbox, recording);
        Instant later = fixtureMinute(30);

        assertThat(moving.acceptMovingClock(List.of(vehicle(adasCar, 0, true, false, 0.0, 40.0)),
                new ClockMove(fixture.clientId, later))).isTrue();

        assertThat(seen).containsExactly("clock moved in a transaction: true", "processed at " + later);
        assertThatThrownBy(() -> moving.acceptMovingClock(List.of(vehicle(new VehicleId(UUID.randomUUID()), 1, true, false,
                0.0, 1.0)), new ClockMove(fixture.clientId, later.plusSeconds(60)))).isInstanceOf(UnknownDeviceException.class);
        assertThat(fixture.clocks.virtualNow(fixture.clientId)).as("a refused batch does not move the clock").contains(later);
    }

    @Test
    void anUnknownDeviceOrAWrongTypeRejectsTheWholeBatch() {
        Observation good = vehicle(adasCar, 0, true, false, 0.0, 40.0);
        Observation wrongType = new Observation(adasBox.value(), DeviceType.VEHICLE, fixtureMinute(0), fixtureMinute(0),
                true, false, 0.0, null, null, null);

        assertThatThrownBy(() -> pipeline.ingest(List.of(good, wrongType))).isInstanceOf(UnknownDeviceException.class);
        assertThatThrownBy(() -> pipeline.ingest(List.of(good, vehicle(new VehicleId(UUID.randomUUID()), 0, true, false, 0.0, 1.0))))
                .isInstanceOf(UnknownDeviceException.class);

        assertThat(observations.size()).isZero();
        assertThat(states.of(adasCar.value())).isNull();
        assertThat(heard).isEmpty();
    }

    @Test
    void timePassingReachesEveryProcessorWithTheUsersInScope() {
        pipeline.advance(fixture.clientId, fixtureMinute(5), user -> user.equals(bo.userRef()));

        assertThat(heard).containsExactly("first time " + fixtureMinute(5) + " bo-only", "second time " + fixtureMinute(5) + " bo-only");
    }

    private ObservationProcessor recorder(String name) {
        return new ObservationProcessor() {
            @Override
            public void onObservations(ClientId clientId, UserRef userRef, List<Observation> inReceivedOrder) {
                assertThat(clientId).isEqualTo(fixture.clientId);
                heard.add(name + " " + userRef + " " + inReceivedOrder.stream().map(Observation::deviceId).toList());
            }

            @Override
            public void onTime(ClientId clientId, Instant now, UserScope users) {
                boolean boOnly = users.includes(bo.userRef()) && !users.includes(ada.userRef());
                heard.add(name + " time " + now + (boOnly ? " bo-only" : ""));
            }
        };
    }

    private static Instant fixtureMinute(double minute) {
        return io.evpair.engine.testing.Reports.at(minute);
    }
}
