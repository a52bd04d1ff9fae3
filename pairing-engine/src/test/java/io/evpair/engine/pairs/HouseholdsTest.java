package io.evpair.engine.pairs;


import static io.evpair.engine.testing.EngineFixture.capable;
import static io.evpair.engine.testing.Reports.plugInAndCharge;
import static org.assertj.core.api.Assertions.assertThat;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.ingest.UserScope;
import io.evpair.engine.testing.EngineFixture;
import io.evpair.engine.testing.Reports;
import io.evpair.engine.inference.PairSource;
import io.evpair.engine.inference.UnpairReason;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The pairing engine run over the observation stream and kept as activations: live decisions, time passing,
 * and the rebuild after a restart or a partition move, which closes what the replay does not confirm.
 */
class HouseholdsTest {
    private final EngineFixture engine = new EngineFixture();
    private final EngineFixture.User user = engine.user("hana");
    private final VehicleId car = engine.vehicle(user, EngineFixture.stopOnly());
    private final ChargerId box = engine.charger(user, capable());

    @Test
    void aChargingSessionIsActivatedOnceWithItsEvidenceAndEvent() {
        engine.report(plugInAndCharge(car, box, 0, 60));

        ChargingPair pair = single(engine.pairs.all());
        assertThat(pair.isActive()).isTrue();
        assertThat(pair.vehicleId()).isEqualTo(car);
        assertThat(pair.chargerId()).isEqualTo(box);
        assertThat(pair.confidence()).isBetween(0.5, 1.0);
        assertThat(pair.evidence()).containsKeys("score", "margin", "exclusive");
        PairActivated activated = single(engine.outbox.events(PairActivated.class));
        assertThat(activated.userId()).isEqualTo("hana");
        assertThat(activated.vehicleId()).isEqualTo(car);
        assertThat(activated.chargerId()).isEqualTo(box);
        assertThat(activated.pairedAt()).isEqualTo(pair.pairedAt());
    }

    @Test
    void unpluggingClosesTheActivationWithItsReason() {
        engine.report(plugInAndCharge(car, box, 0, 60));
        engine.report(Reports.unplug(car, box, 62));

        ChargingPair closed = single(engine.pairs.all());
        assertThat(closed.isActive()).isFalse();
        assertThat(closed.unpairReason()).isIn(UnpairReason.VEHICLE_UNPLUGGED, UnpairReason.CHARGER_UNPLUGGED);
        PairDeactivated deactivated = single(engine.outbox.events(PairDeactivated.class));
        assertThat(deactivated.reason()).isEqualTo(closed.unpairReason());
        assertThat(deactivated.unpairedAt()).isEqualTo(closed.unpairedAt());
    }

    @Test
    void aReleasedUserIsRebuiltFromTheStoreOnItsNextBatch() {
        engine.report(plugInAndCharge(car, box, 0, 30));
        engine.households.release(UserScope.ALL);
        // Meanwhile the instance that owned the user stored a pair the observations do not support
        VehicleId otherCar = engine.vehicle(user, EngineFixture.stopOnly());
        engine.pairs.activated(foreignPair(otherCar, box));

        engine.report(plugInAndCharge(car, box, 32, 34));

        assertThat(engine.pairs.activeOfUser(user.userRef())).extracting(ChargingPair::vehicleId).containsExactly(car);
    }

    @Test
    void aUserInMemoryIsNotRebuiltByItsNextBatch() {
        engine.report(plugInAndCharge(car, box, 0, 30));
        VehicleId otherCar = engine.vehicle(user, EngineFixture.stopOnly());
        engine.pairs.activated(foreignPair(otherCar, box));

        engine.report(plugInAndCharge(car, box, 32, 34));

        assertThat(engine.pairs.activeOfUser(user.userRef())).as("only a rebuild reconciles the store")
                .extracting(ChargingPair::vehicleId).containsExactlyInAnyOrder(car, otherCar);
    }

    @Test
    void afterARestartTheReplayConfirmsTheStoredActivationInsteadOfAddingOne() {
        engine.report(plugInAndCharge(car, box, 0, 30));
        ChargingPair before = single(engine.pairs.all());

        engine.start();
        engine.report(plugInAndCharge(car, box, 32, 40));

        assertThat(engine.pairs.all()).containsExactly(before);
        assertThat(engine.outbox.events(PairActivated.class)).hasSize(1);
        assertThat(engine.outbox.events(PairDeactivated.class)).isEmpty();
    }

    @Test
    void aRebuildClosesAStoredActivationItsReplayDoesNotHold() {
        VehicleId otherCar = engine.vehicle(user, EngineFixture.stopOnly());
        engine.report(plugInAndCharge(car, box, 0, 30));
        ChargingPair live = single(engine.pairs.all());
        engine.pairs.activated(foreignPair(otherCar, box));

        engine.start();
        engine.households.rebuild(engine.clientId, user.userRef(), Reports.at(32));

        assertThat(engine.pairs.activeOfUser(user.userRef())).containsExactly(live);
        ChargingPair closed = engine.pairs.all().stream().filter(p -> p.vehicleId().equals(otherCar)).findFirst().orElseThrow();
        assertThat(closed.unpairReason()).isEqualTo(UnpairReason.NOT_CONFIRMED_ON_REBUILD);
        assertThat(closed.unpairedAt()).as("closed as of its own pairing time").isEqualTo(closed.pairedAt());
        PairDeactivated deactivated = single(engine.outbox.events(PairDeactivated.class));
        assertThat(deactivated.vehicleId()).isEqualTo(otherCar);
        assertThat(deactivated.reason()).isEqualTo(UnpairReason.NOT_CONFIRMED_ON_REBUILD);
    }

    @Test
    void aRebuildSeesOnlyItsWindowSoAnActivationOlderThanThatIsClosed() {
        engine.report(plugInAndCharge(car, box, 0, 30));

        engine.start();
        engine.households.rebuild(engine.clientId, user.userRef(), Reports.at(31).plus(EngineFixture.REBUILD_WINDOW));

        assertThat(engine.pairs.activeOfUser(user.userRef())).isEmpty();
        assertThat(single(engine.pairs.all()).unpairReason()).isEqualTo(UnpairReason.NOT_CONFIRMED_ON_REBUILD);
    }

    @Test
    void aRebuildOnANewOwnerActivatesWhatTheReplayHolds() {
        engine.report(plugInAndCharge(car, box, 0, 30));
        ChargingPair stored = single(engine.pairs.all());
        engine.pairs.deactivated(car, box, Reports.at(31), UnpairReason.CONTRADICTED, null);

        engine.start();
        engine.households.rebuild(engine.clientId, user.userRef(), Reports.at(32));

        List<ChargingPair> active = engine.pairs.activeOfUser(user.userRef());
        assertThat(active).singleElement().satisfies(p -> {
            assertThat(p.id()).isNotEqualTo(stored.id());
            assertThat(p.pairedAt()).as("decided at the replayed time").isEqualTo(stored.pairedAt());
        });
        assertThat(Duration.between(stored.pairedAt(), Reports.at(32))).isPositive();
    }

    /** What an earlier owner stored and the observations do not support (a wrong pair, or a lost unplug). */
    private ChargingPair foreignPair(VehicleId vehicleId, ChargerId chargerId) {
        return new ChargingPair(UUID.randomUUID(), engine.clientId, user.userRef(), "hana", vehicleId, chargerId,
                Reports.at(1), Reports.at(2), null, null, null, 0.6, Map.of(), PairSource.ENGINE);
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
