package io.evpair.engine.simulator;

import static org.assertj.core.api.Assertions.assertThat;

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
    private final ClientClocks counted = new ClientClocks() {
        @Override
        public Optional<Instant> virtualNow(ClientId clientId) {
            return engine.clocks.virtualNow(clientId);
        }

        @Override
        public Instant advance(ClientId clientId, Instant to) {
            writes.add(to);
            return engine.clocks.advance(clientId, to);
        }
    };
    private final SimulatedOemFeed feed = new SimulatedOemFeed(engine.devices, delivered::add,
            new EngineTime(counted, Clock.fixed(T0, ZoneOffset.UTC)), (clientId, now) -> ticks.add(now));

    private SimulatedReport at(int minute) {
        Instant t = T0.plusSeconds(minute * 60L);
        return new SimulatedReport("sim-car", DeviceType.VEHICLE, t, t, true, false, 0.0, 50.0, null, null, null);
    }

    @Test
    void onlyAReportThatMovesTheClockWritesItAndSetsTimePassingOff() {
        EngineFixture.User user = engine.user("ada");
        engine.devices.insertVehicleIfAbsent(new Vehicle(new VehicleId(UUID.randomUUID()), engine.clientId, user.userRef(), "ada",
                Vendor.SIMULATED, "sim-car", new VehicleInformation(null, "Kia", "e-Niro", 2024, null, 64.0),
                CommandCapabilities.NONE, T0));

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
}
