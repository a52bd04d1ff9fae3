package io.evpair.engine.pairs;

import static io.evpair.engine.testing.EngineFixture.capable;
import static io.evpair.engine.testing.Reports.charger;
import static io.evpair.engine.testing.Reports.plugInAndCharge;
import static io.evpair.engine.testing.Reports.unplug;
import static io.evpair.engine.testing.Reports.vehicle;
import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.engine.inference.PairSource;
import io.evpair.engine.inference.UnpairReason;
import io.evpair.engine.testing.EngineFixture;
import io.evpair.engine.testing.Reports;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.VehicleId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A client says a vehicle is on a charger now (issue 16, point 4): the pair is the client's until either unplugs. */
class PairAssertionTest {
    private final EngineFixture engine = new EngineFixture();
    private final EngineFixture.User user = engine.user("hana");
    private final VehicleId car = engine.vehicle(user, EngineFixture.stopOnly());
    private final VehicleId otherCar = engine.vehicle(user, EngineFixture.stopOnly());
    private final ChargerId box = engine.charger(user, capable());
    private final ChargerId otherBox = engine.charger(user, capable());

    @Test
    void anAssertedPairIsActivatedAsTheUsersAndEvidenceAgainstItDoesNotEndItButAnUnplugDoes() {
        engine.report(charger(box, 0, true, false, 0.0), vehicle(car, 0, true, false, 0.0, 40.0));
        assertThat(engine.pairs.all()).as("too little evidence for the engine alone").isEmpty();

        assertThat(engine.feedback.assertPair(engine.clientId, "hana", car, box, "app"))
                .isInstanceOf(PairAssertion.Asserted.class);
        assertThat(engine.pairs.activeOfUser(user.userRef())).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(PairSource.USER);
            assertThat(p.reportedBy()).isEqualTo("app");
            assertThat(p.vehicleId()).isEqualTo(car);
            assertThat(p.pluggedInAt()).as("first seen plugged in: no earlier plug-in is known, so that report")
                    .isBetween(Reports.at(0), Reports.at(0).plusSeconds(5));
        });
        assertThat(engine.outbox.events(PairActivated.class)).singleElement()
                .satisfies(e -> assertThat(e.source()).isEqualTo(PairSource.USER));

        // the charger delivers 7 kW while the car says it is not charging: the engine alone would call that contradicted
        for (int minute = 2; minute <= 40; minute += 2) {
            engine.report(charger(box, minute, true, true, 7.2), vehicle(car, minute, true, false, 0.0, 40.0));
        }
        assertThat(engine.pairs.activeOfUser(user.userRef())).as("the client's word outranks evidence").hasSize(1);

        engine.report(unplug(car, box, 42));
        assertThat(engine.pairs.all()).singleElement().satisfies(p -> {
            assertThat(p.isActive()).isFalse();
            assertThat(p.unpairReason()).isIn(UnpairReason.VEHICLE_UNPLUGGED, UnpairReason.CHARGER_UNPLUGGED);
            assertThat(p.reportedBy()).as("who asserted it stays in the history").isEqualTo("app");
        });
    }

    @Test
    void assertingEndsThePairsEitherDeviceHadWithAnotherAsRejected() {
        engine.report(plugInAndCharge(car, box, 0, 30));
        engine.report(charger(otherBox, 31, true, false, 0.0));
        assertThat(engine.pairs.activeOfUser(user.userRef())).singleElement()
                .satisfies(p -> assertThat(p.chargerId()).isEqualTo(box));

        assertThat(engine.feedback.assertPair(engine.clientId, "hana", car, otherBox, null))
                .isInstanceOf(PairAssertion.Asserted.class);

        assertThat(engine.pairs.all()).filteredOn(p -> p.chargerId().equals(box)).singleElement()
                .satisfies(p -> assertThat(p.unpairReason()).isEqualTo(UnpairReason.USER_REJECTED));
        assertThat(engine.pairs.activeOfUser(user.userRef())).singleElement().satisfies(p -> {
            assertThat(p.chargerId()).isEqualTo(otherBox);
            assertThat(p.source()).isEqualTo(PairSource.USER);
        });
    }

    @Test
    void assertingTheEnginesOwnPairHandsItToTheUserAndIsIdempotent() {
        engine.report(plugInAndCharge(car, box, 0, 30));
        engine.report(charger(otherBox, 31, true, false, 0.0));
        assertThat(engine.pairs.activeOfUser(user.userRef())).as("the engine's pair").hasSize(1);

        engine.feedback.assertPair(engine.clientId, "hana", car, box, "user");
        engine.feedback.assertPair(engine.clientId, "hana", car, box, "user");

        assertThat(engine.pairs.all()).extracting(ChargingPair::source, ChargingPair::unpairReason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PairSource.ENGINE, UnpairReason.USER_ASSERTED),
                org.assertj.core.groups.Tuple.tuple(PairSource.USER, null));
    }

    @Test
    void anAssertedPairSurvivesARestartAndItsRebuild() {
        engine.report(charger(box, 0, true, false, 0.0), vehicle(car, 0, true, false, 0.0, 40.0));
        engine.feedback.assertPair(engine.clientId, "hana", car, box, null);

        engine.start();
        engine.report(charger(box, 4, true, false, 0.0));

        assertThat(engine.pairs.all()).singleElement().satisfies(p -> {
            assertThat(p.isActive()).as("not closed as NOT_CONFIRMED_ON_REBUILD").isTrue();
            assertThat(p.source()).isEqualTo(PairSource.USER);
        });
    }

    @Test
    void aChargerWithNothingPluggedInOrAnotherUsersDeviceIsRefused() {
        engine.report(charger(box, 0, false, false, 0.0));
        ChargerId theirBox = engine.charger(engine.user("ines"), capable());

        assertThat(engine.feedback.assertPair(engine.clientId, "hana", car, box, null))
                .isEqualTo(new PairAssertion.ChargerNotPluggedIn());
        assertThat(engine.feedback.assertPair(engine.clientId, "hana", car, theirBox, null))
                .isEqualTo(new PairAssertion.UnknownDevice("chargerId"));
        assertThat(engine.feedback.assertPair(engine.clientId, "hana", new VehicleId(box.value()), box, null))
                .isEqualTo(new PairAssertion.UnknownDevice("vehicleId"));
        assertThat(engine.pairs.all()).isEmpty();
    }
}
