package io.evpair.engine.simulator;

import io.evpair.engine.observations.ObservationSink;
import io.evpair.engine.ingest.UnknownDeviceException;
import java.util.Set;
import java.time.Duration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evpair.engine.devices.CommandCapabilities;
import io.evpair.engine.devices.Vehicle;
import io.evpair.engine.devices.VehicleInformation;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.testing.EngineFixture;
import io.evpair.engine.time.ClientClocks;
import io.evpair.engine.time.EngineTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A report moves the simulator's clock to its receipt, and the engine hears the time pass after the reports; a
 * report that does not move the clock writes nothing to it and sets no time passing off (issue 19: each clock write
 * was a commit on one row that every concurrent sender updates).
 */
class SimulatedOemFeedTest {
    private static final Instant T0 = EngineFixture.T0;
    private final EngineFixture engine = new EngineFixture();
    private final List<Instant> writes = new ArrayList<>();
    private final List<Instant> ticks = new ArrayList<>();
    private final List<List<Observation>> delivered = new ArrayList<>();
    private final List<Instant> reads = new ArrayList<>();
    private final ClientClocks counted = new ClientClocks() {
        @Override
        public Optional<Instant> virtualNow(ClientId clientId) {
            Optional<Instant> now = engine.clocks.virtualNow(clientId);
            reads.add(now.orElse(null));
            return now;
        }

        @Override
        public Instant advance(ClientId clientId, Instant to) {
            writes.add(to);
            return engine.clocks.advance(clientId, to);
        }
    };
    /** Refuses an observation of a device that is gone, as the pipeline does. */
    private final ObservationSink sink = batch -> {
        batch.stream().filter(o -> engine.devices.owners(Set.of(o.deviceId())).isEmpty()).findFirst().ifPresent(o -> {
            throw new UnknownDeviceException(o.deviceId());
        });
        delivered.add(batch);
    };
    private final SimulatedOemFeed feed = new SimulatedOemFeed(engine.devices, sink,
            new EngineTime(counted, Clock.fixed(T0, ZoneOffset.UTC)), (clientId, now) -> ticks.add(now));

    private SimulatedReport at(int minute) {
        Instant t = T0.plusSeconds(minute * 60L);
        return new SimulatedReport("sim-car", DeviceType.VEHICLE, t, t, true, false, 0.0, 50.0, null, null, null);
    }

    private VehicleId linkCar() {
        EngineFixture.User user = engine.user("ada");
        VehicleId id = new VehicleId(UUID.randomUUID());
        engine.devices.insertVehicleIfAbsent(new Vehicle(id, engine.clientId, user.userRef(), "ada",
                Vendor.SIMULATED, "sim-car", new VehicleInformation(null, "Kia", "e-Niro", 2024, null, 64.0),
                CommandCapabilities.NONE, T0));
        return id;
    }

    @Test
    void onlyAReportThatMovesTheClockWritesItAndSetsTimePassingOff() {
        linkCar();

        feed.report(engine.clientId, List.of(at(5)));
        feed.report(engine.clientId, List.of(at(3)));
        feed.report(engine.clientId, List.of(at(5)));
        feed.report(engine.clientId, List.of(at(6), at(4)));

        assertThat(delivered).hasSize(4);
        assertThat(writes).as("one write per move, none for reports behind the clock").containsExactly(
                T0.plusSeconds(300), T0.plusSeconds(360));
        assertThat(ticks).containsExactly(T0.plusSeconds(300), T0.plusSeconds(360));
        assertThat(engine.clocks.virtualNow(engine.clientId)).contains(T0.plusSeconds(360));
    }

    @Test
    void theClockIsReadOnceAndThenKnownFromWhatThisFeedWroteAndRead() {
        linkCar();

        feed.report(engine.clientId, List.of(at(5)));
        feed.report(engine.clientId, List.of(at(3)));
        feed.report(engine.clientId, List.of(at(7)));

        assertThat(reads).as("a clock only moves forward: what this feed read or wrote is a lower bound").hasSize(1);
        assertThat(writes).containsExactly(T0.plusSeconds(300), T0.plusSeconds(420));
    }

    @Test
    void aClockMovedByAnotherInstanceIsReadAgainBeforeAReportIsRefusedForRunningAhead() {
        linkCar();
        feed.report(engine.clientId, List.of(at(5)));
        Instant elsewhere = T0.plus(Duration.ofDays(20));
        engine.clocks.advance(engine.clientId, elsewhere);

        Instant ahead = elsewhere.plus(SimulatedOemFeed.DEFAULT_MAX_CLOCK_LEAD).minusSeconds(60);
        feed.report(engine.clientId, List.of(new SimulatedReport("sim-car", DeviceType.VEHICLE, ahead, ahead, true, false,
                0.0, 50.0, null, null, null)));

        assertThat(engine.clocks.virtualNow(engine.clientId)).contains(ahead);
        assertThat(feed.advanceClock(engine.clientId, ahead.plusSeconds(1))).isEqualTo(ahead.plusSeconds(1));
    }

    @Test
    void aReportAfterItsDeviceWasRelinkedGoesToTheNewDevice() {
        VehicleId first = linkCar();
        feed.report(engine.clientId, List.of(at(5)));
        engine.devices.delete(List.of(first.value()));
        VehicleId second = linkCar();

        feed.report(engine.clientId, List.of(at(6)));

        assertThat(delivered).hasSize(2);
        assertThat(delivered.get(1).get(0).deviceId()).isEqualTo(second.value());
    }

    @Test
    void rowsOutOfRangeAreRefusedNamingTheirFieldsAndNothingIsApplied() {
        linkCar();
        Instant t = T0.plusSeconds(60);
        List<SimulatedReport> reports = List.of(
                at(1),
                new SimulatedReport("sim-car", DeviceType.VEHICLE, t, t, true, true, 1000.5, 50.0, null, null, null),
                new SimulatedReport("x".repeat(201), DeviceType.VEHICLE, t, t, true, true, -1000.0, 100.5, 91.0, 0.0, null));

        assertThatThrownBy(() -> feed.report(engine.clientId, reports)).isInstanceOfSatisfying(InvalidReportsException.class,
                e -> assertThat(e.issues()).extracting(i -> i.row() + "." + i.field()).containsExactly(
                        "1.chargeRateKw", "2.vendorDeviceId", "2.batteryLevel", "2.latitude"));
        assertThat(delivered).isEmpty();
        assertThat(writes).isEmpty();
    }
}
