package io.evpair.engine.inference;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.observations.GeoPoint;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The situations SPEC §4 and issue 9 name, each built by hand. Minutes count from midnight, day one. */
class HardCasesTest {
    static final UUID CAR = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID CAR_2 = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
    static final UUID CHARGER = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    static final UUID CHARGER_2 = UUID.fromString("00000000-0000-0000-0000-0000000000c2");
    static final double EFFICIENCY = 0.9;

    /** A charger's reports: idle until {@code plug}, charging {@code kw} from {@code start} to {@code stop}. */
    static void chargerSession(Scenario s, UUID charger, double plug, double start, double stop, double unplug,
                               double kw, double poll) {
        for (double m = plug - 30; m < plug; m += 15) {
            s.charger(charger, m, false, false, 0);
        }
        for (double m = plug; m < unplug; m += poll) {
            boolean on = m >= start && m < stop;
            s.charger(charger, m, true, on, on ? kw : 0);
        }
        s.charger(charger, unplug + 0.5, false, false, 0);
    }

    /** A car's reports every {@code poll} minutes while plugged; battery rises with the energy it takes. */
    static void carSession(Scenario s, UUID car, double plug, double start, double stop, double unplug,
                           double kw, double poll, GeoPoint where) {
        for (double m = plug - 5; m < plug; m += 1) {
            s.vehicle(car, m, false, false, 0.0, 40.0, null); // driving, awake
        }
        double soc = 40;
        for (double m = plug + 0.5; m < unplug; m += poll) {
            boolean on = m >= start && m < stop;
            if (on) {
                soc += kw * poll / 60 / 60.0 * 100;
            }
            s.vehicle(car, m, true, on, on ? kw : 0.0, (double) Math.round(soc), where);
        }
        s.vehicle(car, unplug + 1, false, false, 0.0, (double) Math.round(soc), where);
    }

    @Nested
    class GuestOnTheHomeChargerWhileTheCarChargesInTown {
        private Scenario scenario() {
            Scenario s = new Scenario(Scenario.household(List.of(CAR), List.of(CHARGER)));
            s.nightAtHome(CAR, 0, 420);
            return s.never(CAR, CHARGER);
        }

        @Test
        void gpsInTownRulesItOutAtTheSameRate() {
            Scenario s = scenario();
            carSession(s, CAR, 720, 720, 800, 800, 11 * EFFICIENCY, 2, Scenario.TOWN);
            chargerSession(s, CHARGER, 720, 720, 850, 850, 11, 2);
            s.runUntil(900);
            assertThat(s.violations).isEmpty();
            assertThat(s.activations()).isEmpty();
        }

        @Test
        void withoutGpsADifferentRateRulesItOut() {
            Scenario s = scenario();
            carSession(s, CAR, 720, 720, 800, 800, 7.4 * EFFICIENCY, 2, null);
            chargerSession(s, CHARGER, 720, 720, 850, 850, 11, 2);
            s.runUntil(900);
            assertThat(s.activations()).isEmpty();
        }

        @Test
        void withoutGpsAFastChargingRateRulesItOut() {
            Scenario s = scenario();
            carSession(s, CAR, 720, 720, 760, 760, 50, 1, null);
            chargerSession(s, CHARGER, 720, 720, 850, 850, 11, 2);
            s.runUntil(900);
            assertThat(s.activations()).isEmpty();
        }

        @Test
        void withoutGpsPlugInsThreeMinutesApartAreSeparatedByPreciseTimes() {
            Scenario s = scenario();
            carSession(s, CAR, 720, 720, 800, 800, 11 * EFFICIENCY, 1, null);
            chargerSession(s, CHARGER, 723, 723, 850, 850, 11, 1);
            s.charger(CHARGER, 722.5, false, false, 0);
            s.runUntil(900);
            assertThat(s.activations()).isEmpty();
        }

        /**
         * A car that says "plugged" only while charging finishes in town, keeps quiet about its plug and drives home,
         * where the guest's charging has ended at the same minute. Its GPS now fits the charger, but a car that moved
         * was unplugged: its session in town must not pair with the guest's at home (seed 3 with identity had this).
         */
        @Test
        void aCarThatHidesItsPlugAndDrivesHomeEndedItsSessionInTown() {
            Scenario s = scenario();
            chargerSession(s, CHARGER, 720, 720, 780, 900, 11, 2);
            double soc = 40;
            for (double m = 720.5; m < 790; m += 2) {
                boolean on = m < 780;
                soc += on ? 11 * EFFICIENCY * 2 / 60 / 60.0 * 100 : 0;
                s.vehicle(CAR, m, on ? true : null, on, on ? 11 * EFFICIENCY : 0.0, (double) Math.round(soc),
                        Scenario.TOWN);
            }
            for (double m = 810; m < 900; m += 10) {
                s.vehicle(CAR, m, null, false, 0.0, (double) Math.round(soc), Scenario.HOME);
            }
            s.runUntil(900);
            assertThat(s.violations).isEmpty();
            assertThat(s.activations()).isEmpty();
        }

        /**
         * Our car in town and a guest's car at home, both plugged in at 12:00 and charging at the same rate, no GPS:
         * each charges until its stop and stays plugged until its unplug.
         */
        private Scenario sameMinuteAndRateWithoutGps(double carStop, double carUnplug, double guestStop,
                                                     double guestUnplug) {
            Scenario s = new Scenario(Scenario.household(List.of(CAR), List.of(CHARGER)));
            carSession(s, CAR, 720, 720, carStop, carUnplug, 11 * EFFICIENCY, 2, null);
            chargerSession(s, CHARGER, 720, 720, guestStop, guestUnplug, 11, 2);
            return s;
        }

        /**
         * The same look-alike, diverging while both stay plugged in: the guest's car is full after 80 minutes and its
         * charger goes idle while ours keeps charging in town. Two disagreements in a row end the pair (its car is
         * charging, its charger is not): it must not wait until they are a quarter of two hours of agreement.
         */
        @Test
        void withoutGpsAtTheSameMinuteAndRateThePairEndsAtTheSecondDisagreementInARow() {
            Scenario s = sameMinuteAndRateWithoutGps(900, 960, 800, 960);
            s.runUntil(790);
            assertThat(s.chargerOf(CAR)).as("the look-alike is paired while nothing separates it").contains(CHARGER);
            s.runUntil(960);
            assertThat(s.deactivations()).first().satisfies(d -> {
                assertThat(d.reason()).isEqualTo(UnpairReason.CONTRADICTED);
                assertThat(d.unpairedAt()).isBefore(Scenario.at(808));
            });
        }

        /**
         * The one case no signal separates at first: same minute, same rate, no GPS. The pair may be made, but it
         * must end the moment the two diverge (here the car unplugs in town while the guest keeps charging).
         */
        @Test
        void withoutGpsAtTheSameMinuteAndRateThePairEndsWhenTheyDiverge() {
            Scenario s = sameMinuteAndRateWithoutGps(780, 780, 850, 850);
            s.runUntil(900);
            assertThat(s.chargerOf(CAR)).isEmpty();
            assertThat(s.deactivations()).allSatisfy(d -> assertThat(d.unpairedAt())
                    .isBefore(Scenario.at(786)));
        }
    }

    /** Two cars and two chargers at one address; a crossed pair (car 1 on charger 2, car 2 on charger 1) fails it. */
    private static Scenario twoCarsTwoChargersAtHome() {
        Household h = new Household(List.of(new VehicleProfile(CAR, 60.0), new VehicleProfile(CAR_2, 60.0)),
                List.of(new ChargerProfile(CHARGER, Scenario.HOME), new ChargerProfile(CHARGER_2, Scenario.HOME)));
        return new Scenario(h).never(CAR, CHARGER_2).never(CAR_2, CHARGER);
    }

    @Test
    void twoCarsIntoTwoChargersInTheSameMinuteAtTheSameRateWaitForTheFirstToFinish() {
        Scenario s = twoCarsTwoChargersAtHome();
        carSession(s, CAR, 1080, 1080, 1200, 1400, 11 * EFFICIENCY, 2, Scenario.HOME);
        carSession(s, CAR_2, 1080.2, 1080.2, 1300, 1400, 11 * EFFICIENCY, 2, Scenario.HOME);
        chargerSession(s, CHARGER, 1080, 1080, 1200, 1400, 11, 2);
        chargerSession(s, CHARGER_2, 1080.2, 1080.2, 1300, 1400, 11, 2);
        s.runUntil(1190);
        assertThat(s.activations()).as("nothing separates them before a car is full").isEmpty();
        s.runUntil(1230);
        assertThat(s.chargerOf(CAR)).contains(CHARGER);
        assertThat(s.chargerOf(CAR_2)).contains(CHARGER_2);
        s.runUntil(1420);
        assertThat(s.violations).isEmpty();
    }

    /**
     * Two cars come home together: the second charger's car (7.4 kW) sleeps and has not reported, ours charges at
     * 11 kW. Our car's rate already disagrees with the second charger's latest reading, which cannot be compared in
     * steady state before its next poll: a charger it never agreed with is no rival, so it pairs with its own charger
     * once that poll is due, not when the comparison is finally made.
     */
    @Test
    void aChargerWhoseRateAlreadyDisagreesIsNoRival() {
        Scenario s = twoCarsTwoChargersAtHome();
        chargerSession(s, CHARGER_2, 1079.5, 1079.5, 1300, 1400, 7.4, 2);
        chargerSession(s, CHARGER, 1080, 1080, 1300, 1400, 11, 2);
        carSession(s, CAR, 1080.5, 1080.5, 1300, 1400, 11 * EFFICIENCY, 2, Scenario.HOME);
        s.runUntil(1084);
        assertThat(s.chargerOf(CAR)).contains(CHARGER);
        assertThat(s.activations().get(0).evidence().exclusive()).isTrue();
        s.runUntil(1420);
        assertThat(s.violations).isEmpty();
    }

    /**
     * Two cars plug into two chargers a minute apart, at 7.4 and 11 kW; the second car reports no rate, so it fits
     * either charger until its energy can be weighed. Once the right pairs lead by the contested margin and every rival
     * has reported since, the lead is no accident of which reading came first: they pair then, not five minutes later.
     */
    @Test
    void aLeadThatOutlastsEveryRivalsNextReportPairsBeforeFiveMinutes() {
        Scenario s = twoCarsTwoChargersAtHome();
        for (double m = 1075.3; m < 1080.3; m++) {
            s.vehicle(CAR_2, m, false, false, 0.0, 40.0, null);
        }
        for (double m = 1080.3; m < 1400; m += 2) {
            s.vehicle(CAR_2, m, true, m < 1300, null, 40.0 + (m - 1080) / 10, Scenario.HOME);
        }
        chargerSession(s, CHARGER_2, 1080, 1080, 1300, 1400, 7.4, 1);
        carSession(s, CAR, 1081.3, 1081.3, 1300, 1400, 11 * EFFICIENCY, 2, Scenario.HOME);
        chargerSession(s, CHARGER, 1081, 1081, 1300, 1400, 11, 1);
        s.runUntil(1086);
        assertThat(s.chargerOf(CAR)).contains(CHARGER);
        assertThat(s.activations().get(0).evidence().exclusive()).as("paired while the crossed pairs still fit").isFalse();
        assertThat(s.chargerOf(CAR_2)).contains(CHARGER_2);
        s.runUntil(1420);
        assertThat(s.violations).isEmpty();
    }

    /**
     * The car last said "unplugged" when it parked two hours ago, so its plug-in interval is wide; but it wakes for the
     * plug-in and its first "plugged" report comes within a minute of the charger's: that coincidence pairs them at
     * once, before any rate could be compared in steady state. The car reports no rate (as some do), so no rate point
     * completes the pair instead.
     */
    @Test
    void firstPluggedReportsWithinAMinutePairAtOnceAfterAQuietParkedCar() {
        Scenario s = parkedCarAfterItsCharger(720, 2, 720.5, 2, null).runUntil(722);
        assertThat(s.chargerOf(CAR)).contains(CHARGER);
        assertThat(s.activations().get(0).evidence().score()).isEqualTo(4.0);
    }

    /**
     * The same, but the charge starts ten minutes after the plug-in (a slow car, a delay set in its app) and the charger
     * reports every 5 minutes: before any charge start, the two first "plugged" reports within a minute earn the point
     * the charge start made together would, and pair them at once. Without it they would wait for the start.
     */
    @Test
    void firstPluggedReportsWithinAMinuteBeforeTheChargeStartPairAtOnce() {
        Scenario s = parkedCarAfterItsCharger(730, 5, 720.5, 10, 11 * EFFICIENCY).runUntil(722);
        assertThat(s.chargerOf(CAR)).contains(CHARGER);
        assertThat(s.activations().get(0).evidence().transitionsMatched()).isZero();
    }

    /**
     * The car last said "unplugged" two hours ago and its first "plugged" report comes two and a half minutes after the
     * charger's, already charging at {@code carKw}; the charger reports every 5 minutes, so the car's report cannot be
     * compared in steady state before the charger's next one.
     */
    private static Scenario carReportingAfterItsCharger(double carKw) {
        return parkedCarAfterItsCharger(720, 5, 722.5, 5, carKw);
    }

    /**
     * The car last said "unplugged" at 10:00; a charger plugged in at 12:00 charges 11 kW from {@code chargeFrom} and
     * reports every {@code chargerPoll} minutes; the car reports "plugged" from {@code carFrom} every {@code carPoll},
     * charging at {@code carKw} (null: it does not say) once the charger does.
     */
    private static Scenario parkedCarAfterItsCharger(double chargeFrom, double chargerPoll, double carFrom,
                                                     double carPoll, Double carKw) {
        Scenario s = new Scenario(Scenario.household(List.of(CAR), List.of(CHARGER)));
        s.vehicle(CAR, 600, false, false, 0.0, 40.0, null);
        chargerSession(s, CHARGER, 720, chargeFrom, 850, 850, 11, chargerPoll);
        for (double m = carFrom; m < 850; m += carPoll) {
            boolean on = m >= chargeFrom;
            s.vehicle(CAR, m, true, on, on ? carKw : Double.valueOf(0.0), 40.0, null);
        }
        return s;
    }

    /** A rate that already fits the charger's earns its point now: paired on the car's first report. */
    @Test
    void aRateThatAlreadyAgreesPairsBeforeTheChargerReportsAgain() {
        Scenario s = carReportingAfterItsCharger(11 * EFFICIENCY).runUntil(724);
        assertThat(s.chargerOf(CAR)).contains(CHARGER);
        assertThat(s.activations().get(0).evidence().rateSamplesAgreeing()).isZero();
    }

    /** A rate that does not fit pairs nothing before the comparison, which then rules the pair out. */
    @Test
    void aRateThatAlreadyDisagreesDoesNotPair() {
        assertThat(carReportingAfterItsCharger(7.4 * EFFICIENCY).runUntil(760).activations()).isEmpty();
    }

    /**
     * After two evenings on its usual charger, the car's third session pairs on the plug-in coincidence and the
     * common charging start alone (3 points of its own), although its last "unplugged" report is two hours old and
     * its first "plugged" one comes minutes after the charger's; without the history it would wait for the rates.
     */
    /**
     * Two cars, two chargers, {@code CAR} charging 18:00–20:00 on the chargers given for days 0, 1, 2, ..., and day
     * {@code days.length} on {@code CHARGER} again. An idle charger reports every quarter of an hour (at :07, :22, …),
     * so the other one is not heard from in the minutes after a plug-in.
     */
    private static Scenario evenings(UUID... days) {
        return evenings(0.3, days);
    }

    /** The same, the car's first "plugged" report coming {@code carAfter} minutes after the charger's. */
    private static Scenario evenings(double carAfter, UUID... days) {
        Scenario s = new Scenario(Scenario.household(List.of(CAR, CAR_2), List.of(CHARGER, CHARGER_2)));
        double end = (days.length + 1) * 1440.0;
        for (UUID charger : List.of(CHARGER, CHARGER_2)) {
            for (double m = 7; m < end; m += 15) {
                double minute = m % 1440;
                int day = (int) (m / 1440);
                boolean busy = minute > 1045 && minute < 1262 && (day == days.length ? CHARGER : days[day]).equals(charger);
                if (!busy) {
                    s.charger(charger, m, false, false, 0);
                }
            }
        }
        for (int day = 0; day <= days.length; day++) {
            UUID charger = day == days.length ? CHARGER : days[day];
            chargerSession(s, charger, day * 1440 + 1080, day * 1440 + 1080, day * 1440 + 1200, day * 1440 + 1260, 11, 2);
            carSession(s, CAR, day * 1440 + 1080 + carAfter, day * 1440 + 1080 + carAfter, day * 1440 + 1200,
                    day * 1440 + 1260, 11 * EFFICIENCY, 2, null);
        }
        return s;
    }

    /** Cars keep to their own charger: the other one, free and never this car's, is not waited for. */
    @Test
    void aCarOnItsUsualChargerDoesNotWaitForAFreeChargerItNeverUsed() {
        Scenario s = evenings(CHARGER, CHARGER);
        s.runUntil(2 * 1440 + 1083);
        assertThat(s.chargerOf(CAR)).contains(CHARGER);
        assertThat(s.activations().get(2).pairedAt()).isBefore(Scenario.at(2 * 1440 + 1083));
    }

    /**
     * After one evening on a charger and none on the other, the car comes back to it and both report the plug-in within
     * the same minute: for the car to be on the other charger, unseen, another car would have to plug in here within
     * that minute. It does not wait for the other charger's poll (unknown, so five minutes).
     */
    @Test
    void aCarBackOnTheOnlyChargerItUsedInTheSameMinuteDoesNotWait() {
        Scenario s = evenings(CHARGER);
        s.runUntil(1440 + 1083);
        assertThat(s.chargerOf(CAR)).contains(CHARGER);
    }

    /** One evening is no habit yet: reported minutes apart, the plug-ins could be two cars', so the car waits. */
    @Test
    void aCarBackOnTheOnlyChargerItUsedMinutesLaterWaitsForTheOther() {
        Scenario s = evenings(2, CHARGER);
        s.runUntil(1440 + 1084);
        assertThat(s.activations()).hasSize(1);
        s.runUntil(1440 + 1090);
        assertThat(s.chargerOf(CAR)).contains(CHARGER);
    }

    /** One evening on the other charger does not make it the car's: three on its own and one there is still a habit. */
    @Test
    void aCarThatRarelyUsesTheOtherChargerDoesNotWaitForIt() {
        Scenario s = evenings(CHARGER, CHARGER_2, CHARGER, CHARGER);
        s.runUntil(4 * 1440 + 1083);
        assertThat(s.chargerOf(CAR)).contains(CHARGER);
        assertThat(s.activations().get(4).pairedAt()).isBefore(Scenario.at(4 * 1440 + 1083));
    }

    /** A car that uses the other charger nearly as often as its own waits for it (one busy poll) as any car does. */
    @Test
    void aCarThatOftenUsesTheOtherChargerWaitsForIt() {
        Scenario s = evenings(CHARGER, CHARGER_2, CHARGER, CHARGER_2, CHARGER);
        s.runUntil(5 * 1440 + 1082.5); // one busy poll of the other charger (2 min) and half a minute
        assertThat(s.activations()).hasSize(5);
        s.runUntil(5 * 1440 + 1090);
        assertThat(s.chargerOf(CAR)).contains(CHARGER);
    }

    /** What the replay counts for the sessions it shows late: the rule that held each free candidate pair. */
    @Nested
    class WhyAPairIsHeld {
        private HouseholdPairing.Hold holdOf(Scenario s, UUID car, UUID charger) {
            return s.household.holdOf(new VehicleId(car), new ChargerId(charger)).orElse(null);
        }

        @Test
        void aChargerNeverSeenBusyIsAwaitedWithItsPollUnknown() {
            Scenario s = new Scenario(Scenario.household(List.of(CAR), List.of(CHARGER, CHARGER_2)));
            s.household.recordHolds();
            s.charger(CHARGER_2, 1075, false, false, 0);
            chargerSession(s, CHARGER, 1080, 1080, 1200, 1260, 11, 2);
            carSession(s, CAR, 1080.3, 1080.3, 1200, 1260, 11 * EFFICIENCY, 2, null);
            s.runUntil(1083);
            assertThat(s.chargerOf(CAR)).isEmpty();
            assertThat(holdOf(s, CAR, CHARGER)).isEqualTo(HouseholdPairing.Hold.AWAITING_CHARGER_POLL_UNKNOWN);
            s.runUntil(1090);
            assertThat(s.chargerOf(CAR)).contains(CHARGER);
            assertThat(holdOf(s, CAR, CHARGER)).as("nothing is held once paired").isNull();
        }

        @Test
        void aChargerSeenBusyBeforeIsAwaitedForOnePoll() {
            Scenario s = evenings(CHARGER, CHARGER_2, CHARGER, CHARGER_2, CHARGER);
            s.household.recordHolds();
            s.runUntil(5 * 1440 + 1082.5);
            assertThat(holdOf(s, CAR, CHARGER)).isEqualTo(HouseholdPairing.Hold.AWAITING_CHARGER);
        }

        @Test
        void twoCarsThatFitTwoChargersAlikeAreHeldByTheMargin() {
            Scenario s = twoCarsTwoChargersAtHome();
            s.household.recordHolds();
            carSession(s, CAR, 1080, 1080, 1200, 1400, 11 * EFFICIENCY, 2, Scenario.HOME);
            carSession(s, CAR_2, 1080.2, 1080.2, 1300, 1400, 11 * EFFICIENCY, 2, Scenario.HOME);
            chargerSession(s, CHARGER, 1080, 1080, 1200, 1400, 11, 2);
            chargerSession(s, CHARGER_2, 1080.2, 1080.2, 1300, 1400, 11, 2);
            s.runUntil(1190);
            assertThat(holdOf(s, CAR, CHARGER)).isEqualTo(HouseholdPairing.Hold.MARGIN);
            assertThat(holdOf(s, CAR_2, CHARGER)).isEqualTo(HouseholdPairing.Hold.MARGIN);
        }

        @Test
        void nothingIsRecordedUnlessAsked() {
            Scenario s = twoCarsTwoChargersAtHome();
            chargerSession(s, CHARGER, 1080, 1080, 1200, 1400, 11, 2);
            carSession(s, CAR, 1080, 1080, 1200, 1400, 11 * EFFICIENCY, 2, Scenario.HOME);
            carSession(s, CAR_2, 1080.2, 1080.2, 1300, 1400, 11 * EFFICIENCY, 2, Scenario.HOME);
            s.runUntil(1083);
            assertThat(holdOf(s, CAR, CHARGER)).isNull();
        }
    }

    @Test
    void theUsualChargerCompletesAPairThatHasThreePointsOfItsOwn() {
        Scenario s = new Scenario(Scenario.household(List.of(CAR), List.of(CHARGER)));
        for (double day : new double[] {0, 1440}) {
            chargerSession(s, CHARGER, day + 1080, day + 1080, day + 1200, day + 1260, 11, 2);
            carSession(s, CAR, day + 1080, day + 1080, day + 1200, day + 1260, 11 * EFFICIENCY, 2, null);
        }
        double day = 2 * 1440;
        s.vehicle(CAR, day + 960, false, false, 0.0, 40.0, null);
        chargerSession(s, CHARGER, day + 1080, day + 1080, day + 1200, day + 1260, 11, 2);
        for (double m = day + 1083.5; m < day + 1260; m += 5) {
            s.vehicle(CAR, m, true, true, 11 * EFFICIENCY, 40.0, null);
        }
        s.runUntil(day + 1084);
        assertThat(s.activations()).hasSize(3);
        assertThat(s.chargerOf(CAR)).contains(CHARGER);
    }

    @Test
    void scheduledNightChargingPairsWhileBothWaitIdle() {
        Scenario s = new Scenario(Scenario.household(List.of(CAR), List.of(CHARGER))).never(CAR, CHARGER_2);
        // plugged in at 18:00, the schedule starts charging at 01:00; the car sleeps in between
        chargerSession(s, CHARGER, 1080, 1500, 1700, 1830, 11, 2);
        for (double m = 1075; m < 1080; m++) {
            s.vehicle(CAR, m, false, false, 0.0, 40.0, null);
        }
        for (double m = 1080.5; m < 1110; m += 1) {
            s.vehicle(CAR, m, true, false, 0.0, 40.0, null);
        }
        for (double m = 1110; m < 1500; m += 240) {
            s.vehicle(CAR, m, true, false, 0.0, 40.0, null);
        }
        s.runUntil(1110);
        assertThat(s.chargerOf(CAR)).contains(CHARGER);
        assertThat(s.activations().get(0).pairedAt()).isBefore(Scenario.at(1105));
    }

    /**
     * A car scheduled to charge two hours later, parked for hours (wide plug-in interval), reports "plugged, idle" three
     * and a half minutes after the charger's first report: both still idle minutes after the plug-in is a car waiting
     * at home, not a guest or a public charger, and pairs at once instead of after a quarter of an hour of idle
     * agreement.
     */
    @Test
    void bothStillIdleMinutesAfterThePlugInPairAtOnce() {
        Scenario s = parkedCarAfterItsCharger(845, 2, 723.5, 10, 11 * EFFICIENCY).runUntil(726);
        assertThat(s.chargerOf(CAR)).contains(CHARGER);
    }

    /**
     * A car scheduled to charge later reports "plugged, idle" two minutes after the charger's first report, and the
     * charger says idle again at its next poll: a charge begins within a poll of the plug-in unless a schedule or a full
     * battery holds it, so both are waiting at home. They pair on the car's first report, not at its next one ten
     * minutes later.
     */
    @Test
    void aChargerStillIdleAtItsNextReportPairsWithAnIdleCarOnItsFirstReport() {
        Scenario s = parkedCarAfterItsCharger(845, 2, 722, 10, 11 * EFFICIENCY).runUntil(724);
        assertThat(s.chargerOf(CAR)).contains(CHARGER);
    }

    /**
     * Our car, full, plugged in and idle somewhere else from {@code plug}, reporting every {@code poll} minutes until
     * {@code until}; it must never be paired with the home charger.
     */
    private static Scenario fullCarWaitingElsewhere(double plug, double until, double poll) {
        Scenario s = new Scenario(Scenario.household(List.of(CAR), List.of(CHARGER))).never(CAR, CHARGER);
        s.vehicle(CAR, 600, false, false, 0.0, 95.0, null);
        for (double m = plug; m < until; m += poll) {
            s.vehicle(CAR, m, true, false, 0.0, 95.0, null);
        }
        return s;
    }

    /**
     * A charger that reports status changes as they happen (OCPP: Preparing, then SuspendedEV a few seconds later)
     * says "plugged, idle" twice before a guest's charge starts a minute after the plug-in, while our full car waits
     * plugged in elsewhere: the second report is no minute of waiting idle.
     */
    @Test
    void twoIdleReportsSecondsApartAreNotWaitingIdle() {
        Scenario s = fullCarWaitingElsewhere(717.5, 800, 10);
        chargerSession(s, CHARGER, 720, 721, 800, 800, 11, 2);
        s.charger(CHARGER, 720.1, true, false, 0);
        s.runUntil(800);
        assertThat(s.violations).isEmpty();
    }

    /**
     * A full car idle at a public charger for minutes, and a guest plugging in at home whose charger's first report is
     * idle because its charge starts a minute later: the charger was not idle long after its own plug-in.
     */
    @Test
    void aChargerIdleOnlyAtItsFirstReportIsNotWaitingIdle() {
        Scenario s = fullCarWaitingElsewhere(1076.5, 1140, 2);
        chargerSession(s, CHARGER, 1081, 1082, 1200, 1230, 11, 1);
        s.runUntil(1140);
        assertThat(s.violations).isEmpty();
    }

    @Test
    void aCarThatReportsItsPlugOnlyWhileChargingPairsOnChargingAndUnpairsWithTheCharger() {
        Scenario s = new Scenario(Scenario.household(List.of(CAR), List.of(CHARGER)));
        chargerSession(s, CHARGER, 1080, 1500, 1700, 1830, 11, 2);
        for (double m = 1000; m < 1530; m += 60) {
            s.vehicle(CAR, m, null, false, 0.0, 40.0, null); // plugged or not, it does not say
        }
        double soc = 40;
        for (double m = 1530; m < 1700; m += 2) { // it woke up late into the schedule
            soc += 9.9 * 2 / 60 / 60.0 * 100;
            s.vehicle(CAR, m, true, true, 9.9, (double) Math.round(soc), null);
        }
        for (double m = 1700; m < 2000; m += 60) {
            s.vehicle(CAR, m, null, false, 0.0, (double) Math.round(soc), null);
        }
        s.runUntil(1529);
        assertThat(s.activations()).isEmpty();
        s.runUntil(1560);
        assertThat(s.chargerOf(CAR)).contains(CHARGER);
        s.runUntil(2000);
        assertThat(s.chargerOf(CAR)).isEmpty();
        assertThat(s.deactivations()).singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo(UnpairReason.CHARGER_UNPLUGGED));
        assertThat(s.activations()).hasSize(1);
    }

    @Test
    void aChargerOfflineWhileTheCarSleepsKeepsThePairUntilTheCarReportsTheUnplug() {
        Scenario s = new Scenario(new Household(List.of(new VehicleProfile(CAR, 60.0)),
                List.of(new ChargerProfile(CHARGER, Scenario.HOME))));
        s.vehicle(CAR, 1079, false, false, 0.0, 40.0, null);
        for (double m = 1080.5; m < 1150; m += 2) { // full at 1150, then asleep
            s.vehicle(CAR, m, true, true, 9.9, 40.0 + (m - 1080) / 5, Scenario.HOME);
        }
        for (double m = 1080; m < 1200; m += 2) { // then the charger drops off the network
            boolean on = m < 1150;
            s.charger(CHARGER, m, true, on, on ? 11 : 0);
        }
        for (double m = 1150; m < 1800; m += 240) {
            s.vehicle(CAR, m, true, false, 0.0, 60.0, Scenario.HOME);
        }
        s.vehicle(CAR, 1803, false, false, 0.0, 60.0, Scenario.HOME);
        s.runUntil(1150);
        assertThat(s.chargerOf(CAR)).contains(CHARGER);
        s.runUntil(1800);
        assertThat(s.chargerOf(CAR)).as("silence is not an unplug").contains(CHARGER);
        s.runUntil(1805);
        assertThat(s.chargerOf(CAR)).isEmpty();
        assertThat(s.deactivations()).singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo(UnpairReason.VEHICLE_UNPLUGGED));
    }

    @Test
    void skewedVendorClocksAndALateReportDoNotConfuseIt() {
        Scenario s = new Scenario(Scenario.household(List.of(CAR), List.of(CHARGER)))
                .skew(CAR, Duration.ofSeconds(110)).skew(CHARGER, Duration.ofSeconds(-25));
        for (double m = 900; m < 1075; m += 1) { // the car's clock is learned from its ordinary reports
            s.vehicle(CAR, m, false, false, 0.0, 40.0, null);
        }
        carSession(s, CAR, 1080, 1080, 1150, 1152, 9.9, 1, null);
        chargerSession(s, CHARGER, 1080, 1080, 1150, 1152, 11, 1);
        // a report from before the unplug arrives ten minutes late, after the unplug
        s.lateReport(new io.evpair.engine.observations.Observation(CAR, io.evpair.engine.ids.DeviceType.VEHICLE,
                Scenario.at(1151).plusSeconds(110), Scenario.at(1162), true, false, 0.0, 60.0, null, null));
        s.runUntil(1110);
        assertThat(s.chargerOf(CAR)).contains(CHARGER);
        assertThat(s.activations().get(0).pluggedInAt())
                .isBetween(Scenario.at(1079), Scenario.at(1082));
        s.runUntil(1200);
        assertThat(s.chargerOf(CAR)).isEmpty();
        assertThat(s.activations()).hasSize(1);
    }
}
