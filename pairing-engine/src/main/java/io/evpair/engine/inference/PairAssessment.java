package io.evpair.engine.inference;

import io.evpair.engine.observations.GeoPoint;

/**
 * How well one vehicle's current plug session explains one charger's, in points that behave like log-odds
 * against "each is plugged into something else". A veto rules the pair out outright.
 *
 * @param recentMismatches the latest steady-state comparisons that disagreed, in a row (0 after an agreement)
 */
record PairAssessment(Veto veto, double score, long plugInGapMs, int transitionsMatched, int rateSamplesAgreeing,
                      double rateRatio, double energyRatio, double energyKwh, double distanceMetres,
                      long pluggedInAt, boolean pendingDisagreement, int recentMismatches) {

    /** The residual clock error after skew correction, plus minute-granular vendor state. */
    static final long TIME_SLACK_MS = 90_000;
    /** No home (AC) charger delivers more than 22 kW; a car taking more is on a DC fast charger. */
    static final double MAX_HOME_AC_KW = 22.0 * 1.1;
    /** Vehicle (DC, battery side) over charger (AC): 0.85–0.95 by physics, widened for meter noise. */
    static final double RATIO_MIN = 0.70;
    static final double RATIO_MAX = 1.08;
    /** Charger samples this far around a vehicle sample must all agree before we compare. */
    static final long STEADY_MS = 75_000;
    /** Two polls of a slow (5 min) charger around the vehicle's report, plus a little. */
    static final long BRACKET_MS = 12 * 60_000;
    /** Two charger readings within this relative change are one steady rate. */
    static final double STEADY_RATE = 0.10;
    /** Distinct agreeing rate levels at least this far apart mean a step both sides made. */
    static final double LEVEL_STEP = 1.3;
    /** Energy compared only after this much, so whole-percent battery levels are precise enough. */
    static final double MIN_ENERGY_KWH = 5.0;
    /** Battery gain × published capacity over AC energy: efficiency 0.85–0.95 times 1–1/0.88 for worn packs. */
    static final double ENERGY_MIN = 0.65;
    static final double ENERGY_MAX = 1.35;
    /** A cable is a few metres; GPS errs by tens. Further than this from the charger is elsewhere. */
    static final double NEAR_M = 200;
    static final double FAR_M = 500;

    /**
     * Both devices' first "plugged" reports within a minute of each other: a car wakes for a plug change and most
     * chargers report one at their next poll, so the two first reports of one plug-in coincide although the last
     * "unplugged" reports before them may be hours old. As rare by chance as two narrow plug-in intervals.
     */
    static final long FIRST_REPORTS_MS = 60_000;
    static final double PLUG_IN_POINTS = 2;
    static final double TIGHT_PLUG_IN_POINTS = 1;
    static final double CHARGE_START_POINTS = 1;
    /**
     * First "plugged" reports within a minute of each other, and neither side has started charging: the charge start
     * both will make is the next sign, and it earns {@link #CHARGE_START_POINTS}. Until it comes (a minute or two, or a
     * poll of a slow charger), the coincidence earns that point ahead; a start that then disagrees still vetoes the
     * pair. On seeds 1–18 this removed a charger poll of latency from most such sessions and added no false pair.
     */
    static final double BEFORE_CHARGE_START_POINTS = CHARGE_START_POINTS;
    /**
     * A charge begins within a minute of a plug-in unless a schedule or a full battery holds it. A guest comes to charge,
     * and a car at a public charger charges: a charger still idle at a report a minute or more after its first
     * "plugged" one (so that it is not merely about to start), with a car whose reports since the plug-in say idle, is a
     * car waiting at home, and counts like a charging start made together and a little more. The minute keeps out a
     * charger that reports each status change at once (OCPP's Preparing, then SuspendedEV seconds later). The car's
     * side asks for no more than its reports: a sleeping car reports every few minutes, and waiting for its next report
     * (150 s after the plug-in) cost latency on seeds 1–18 and removed no false pair.
     */
    static final long IDLE_AFTER_PLUG_IN_MS = 60_000;
    static final double IDLE_PLUG_IN_POINTS = 2;
    static final double TRANSITION_POINTS = 3;
    /*
     * Agreement earns points once and then by how long it lasts, never by how many reports show it: a charger
     * polled every minute must not look likelier than one polled every five.
     */
    static final double RATE_POINTS = 1;
    static final double STATE_POINTS = 0.5;
    static final double AGREEMENT_POINTS_PER_MINUTE = 0.2;
    static final double AGREEMENT_POINTS_MAX = 3;
    /**
     * Both plugged and both idle (a charging schedule, a full battery) agree too, but idle is a common state, so
     * it earns points by how long the agreement lasts rather than by how many reports show it.
     */
    static final double IDLE_POINTS_PER_MINUTE = 0.15;
    static final double IDLE_POINTS_MAX = 3;
    static final double STEP_POINTS = 3;
    /**
     * A car's charger-to-battery efficiency is its own and stays put, so once learned it tells two chargers
     * apart whose rates differ by more than the meters' noise (a few percent), e.g. 6.6 and 7.4 kW.
     */
    static final double EFFICIENCY_FITS = 0.04;
    static final double EFFICIENCY_DIFFERS = 0.08;
    static final double EFFICIENCY_POINTS = 2;
    /** The same for energy, whose whole-percent battery levels add their own rounding. */
    static final double ENERGY_FITS = 0.05;
    static final double ENERGY_DIFFERS = 0.12;
    static final double LEARNED_ENERGY_KWH = 10;
    /** A charger's first report may trail the car's by one poll; it draws little power in that time. */
    static final long METERING_SLACK_MS = 10 * 60_000;
    static final double ENERGY_POINTS = 2;
    static final double NEAR_CHARGER_POINTS = 4;
    static final double NEAR_HOME_POINTS = 4;
    static final double MISMATCH_POINTS = -3;

    boolean ruledOut() {
        return veto != Veto.NONE;
    }

    /**
     * The rates have never agreed and the first comparison already disagrees (the charger's next reading is not in yet):
     * a car at another rate than this charger, which the comparison will rule out or cost a mismatch a poll later, so the
     * pair counts for nothing. One that agreed before may be in the middle of a step (load management) and keeps its
     * points until compared: counting it for nothing too gave false pairs on seed 13.
     */
    boolean disagreesBeforeEverAgreeing() {
        return pendingDisagreement && rateSamplesAgreeing == 0;
    }

    static PairAssessment of(DeviceTrack v, DeviceTrack c, GeoPoint address, PlaceMemory places) {
        return new Assessor(v, c, address, places).assess();
    }

    private static final class Assessor {
        private final DeviceTrack v;
        private final DeviceTrack c;
        private final GeoPoint address;
        private final PlaceMemory places;
        private double score;
        private long gap = DeviceTrack.NONE;
        private int matchedTransitions;
        private int rateAgree;
        private double ratio = Double.NaN;
        private double energy = Double.NaN;
        private double energyKwh = Double.NaN;
        private double distance = Double.NaN;
        private boolean pendingDisagreement;
        private int recentMismatches;
        /**
         * The car's latest rate cannot be compared in steady state yet (the charger's next report is not in) but agrees
         * with the charger's latest: it earns the point a steady agreement would, not the minutes of agreement. A car
         * whose first report comes after its charger's otherwise waits one more charger poll (up to 5 minutes) for that
         * point; a look-alike at another rate is held by the disagreeing rate instead (pendingDisagreement), and one at
         * the same rate would earn the point at the charger's next report anyway.
         */
        private boolean openAgreement;

        Assessor(DeviceTrack v, DeviceTrack c, GeoPoint address, PlaceMemory places) {
            this.v = v;
            this.c = c;
            this.address = address;
            this.places = places;
        }

        PairAssessment assess() {
            Veto veto = timing();
            if (veto == Veto.NONE && v.maxRateKw > MAX_HOME_AC_KW) {
                veto = Veto.DC_FAST_CHARGING;
            }
            if (veto == Veto.NONE) {
                veto = rates();
            }
            if (veto == Veto.NONE) {
                veto = energy();
            }
            if (veto == Veto.NONE) {
                veto = location();
            }
            long pluggedIn = Math.min(v.plugHi, c.plugHi);
            return new PairAssessment(veto, veto == Veto.NONE ? score : Double.NEGATIVE_INFINITY, gap,
                    matchedTransitions, rateAgree, ratio, energy, energyKwh, distance, pluggedIn, pendingDisagreement,
                    recentMismatches);
        }

        private static boolean overlap(long aLo, long aHi, long bLo, long bHi) {
            return aLo <= bHi + TIME_SLACK_MS && bLo <= aHi + TIME_SLACK_MS;
        }

        private Veto timing() {
            if (!overlap(v.plugLo, v.plugHi, c.plugLo, c.plugHi)) {
                return Veto.PLUG_IN_TIMES;
            }
            gap = Math.abs(v.plugHi - c.plugHi);
            if (v.plugLo != DeviceTrack.NONE && c.plugLo != DeviceTrack.NONE) {
                score += PLUG_IN_POINTS;
                if (v.plugHi - v.plugLo < 5 * 60_000 && c.plugHi - c.plugLo < 5 * 60_000 || gap <= FIRST_REPORTS_MS) {
                    score += TIGHT_PLUG_IN_POINTS;
                }
                if (gap <= FIRST_REPORTS_MS && neitherHasCharged()) {
                    score += BEFORE_CHARGE_START_POINTS;
                }
                if (waitingIdle()) {
                    score += IDLE_PLUG_IN_POINTS;
                }
            }
            if (v.chargeStartHi != DeviceTrack.NONE && c.chargeStartHi != DeviceTrack.NONE) {
                if (!overlap(v.chargeStartLo, v.chargeStartHi, c.chargeStartLo, c.chargeStartHi)) {
                    return Veto.CHARGE_START_TIMES;
                }
                score += CHARGE_START_POINTS;
                matchedTransitions++;
            }
            // Later transitions (stops, restarts) that both sides made together separate look-alikes best.
            for (int i = 0; i < c.transitionCount(); i++) {
                if (c.transitionLo(i) <= c.chargeStartHi) {
                    continue;
                }
                for (int j = 0; j < v.transitionCount(); j++) {
                    if (v.transitionUp(j) == c.transitionUp(i) && v.transitionLo(j) > v.chargeStartHi
                            && overlap(v.transitionLo(j), v.transitionHi(j), c.transitionLo(i), c.transitionHi(i))) {
                        score += TRANSITION_POINTS;
                        matchedTransitions++;
                        break;
                    }
                }
            }
            return Veto.NONE;
        }

        private boolean neitherHasCharged() {
            return v.chargeStartHi == DeviceTrack.NONE && c.chargeStartHi == DeviceTrack.NONE && !v.charging && !c.charging;
        }

        /** Neither has charged since the plug-in, and the charger said idle again a minute after its first "plugged" report. */
        private boolean waitingIdle() {
            return neitherHasCharged() && c.lastSampleAt >= c.plugHi + IDLE_AFTER_PLUG_IN_MS;
        }

        private Veto rates() {
            SampleRing vs = v.samples;
            SampleRing cs = c.samples;
            int mismatches = 0;
            int compared = 0;
            int stateAgree = 0;
            long agreeFrom = DeviceTrack.NONE;
            long agreeTo = DeviceTrack.NONE;
            long idleFrom = DeviceTrack.NONE;
            long idleTo = DeviceTrack.NONE;
            double lowLevel = Double.MAX_VALUE;
            double highLevel = 0;
            double[] ratios = new double[vs.size()];
            int nRatios = 0;
            for (int i = 0; i < vs.size(); i++) {
                long tv = vs.at(i);
                int from = cs.lastAtOrBefore(tv - STEADY_MS);
                int to = cs.lastAtOrBefore(tv + STEADY_MS - 1) + 1;
                if (from < 0 || to >= cs.size() || cs.at(to) - cs.at(from) > BRACKET_MS) {
                    // Not comparable (yet): the charger's next report is not in, or this is the car's latest word.
                    if ((to >= cs.size() || i == vs.size() - 1) && disagreesSoFar(vs, i, cs)) {
                        pendingDisagreement = true;
                    } else if (i == vs.size() - 1 && ratioSoFar(vs, i, cs) >= RATIO_MIN) {
                        openAgreement = true;
                    }
                    continue;
                }
                boolean cCharging = cs.charging(from);
                double lo = Double.MAX_VALUE;
                double hi = 0;
                boolean steady = true;
                for (int k = from; k <= to && steady; k++) {
                    steady = cs.charging(k) == cCharging;
                    double r = cs.rate(k);
                    lo = Math.min(lo, r);
                    hi = Math.max(hi, r);
                }
                if (!steady || Double.isNaN(lo) || Double.isNaN(hi) || hi > lo * (1 + STEADY_RATE) + 0.2) {
                    continue;
                }
                double cRate = (lo + hi) / 2;
                boolean vCharging = vs.charging(i);
                double vRate = vs.rate(i);
                compared++;
                int mismatchesBefore = mismatches;
                if (cCharging && cRate >= DeviceTrack.MIN_CHARGING_KW) {
                    if (!vCharging) {
                        mismatches++;
                    } else if (Double.isNaN(vRate)) {
                        stateAgree++;
                        agreeFrom = agreeFrom == DeviceTrack.NONE ? tv : agreeFrom;
                        agreeTo = tv;
                    } else {
                        double r = vRate / cRate;
                        if (r >= RATIO_MIN && r <= RATIO_MAX) {
                            rateAgree++;
                            agreeFrom = agreeFrom == DeviceTrack.NONE ? tv : agreeFrom;
                            agreeTo = tv;
                            ratios[nRatios++] = r;
                            lowLevel = Math.min(lowLevel, cRate);
                            highLevel = Math.max(highLevel, cRate);
                        } else {
                            mismatches++;
                        }
                    }
                } else if (vCharging && (Double.isNaN(vRate) || vRate >= DeviceTrack.MIN_CHARGING_KW)) {
                    mismatches++;
                } else {
                    idleFrom = idleFrom == DeviceTrack.NONE ? tv : idleFrom;
                    idleTo = tv;
                }
                recentMismatches = mismatches > mismatchesBefore ? recentMismatches + 1 : 0;
            }
            if (nRatios > 0) {
                java.util.Arrays.sort(ratios, 0, nRatios);
                ratio = ratios[nRatios / 2];
            }
            // One disagreement can be a report straddling a step; two, and a quarter of all, cannot.
            if (mismatches >= 2 && mismatches * 4 >= compared) {
                return Veto.RATES;
            }
            score += MISMATCH_POINTS * mismatches;
            if (rateAgree > 0 || openAgreement && !pendingDisagreement) {
                score += RATE_POINTS;
            } else if (stateAgree > 0) {
                score += STATE_POINTS;
            }
            if (agreeFrom != DeviceTrack.NONE) {
                score += Math.min(AGREEMENT_POINTS_MAX, AGREEMENT_POINTS_PER_MINUTE * (agreeTo - agreeFrom) / 60_000.0);
            }
            if (idleFrom != DeviceTrack.NONE && vs.size() > 0 && !vs.charging(vs.size() - 1)) {
                // A car sleeps while idle but wakes for any plug change: its idle state holds until it reports
                // again, so the agreement lasts as long as the charger keeps reporting idle too.
                for (int k = cs.lastAtOrBefore(idleTo) + 1; k < cs.size() && !cs.charging(k); k++) {
                    idleTo = Math.max(idleTo, cs.at(k));
                }
            }
            if (idleFrom != DeviceTrack.NONE) {
                score += Math.min(IDLE_POINTS_MAX, IDLE_POINTS_PER_MINUTE * (idleTo - idleFrom) / 60_000.0);
            }
            if (rateAgree >= 2 && !Double.isNaN(v.learnedRatio)) {
                double off = Math.abs(ratio - v.learnedRatio);
                if (off <= EFFICIENCY_FITS) {
                    score += EFFICIENCY_POINTS;
                } else if (off >= EFFICIENCY_DIFFERS) {
                    score -= EFFICIENCY_POINTS;
                }
            }
            if (rateAgree >= 2 && highLevel >= lowLevel * LEVEL_STEP) {
                score += STEP_POINTS;
                matchedTransitions++;
            }
            return Veto.NONE;
        }

        /**
         * The vehicle's sample cannot be compared in steady state, but the charger's latest rate already disagrees
         * with it: a comparison that may still veto the pair, or the two devices' latest words contradicting each other.
         */
        private static boolean disagreesSoFar(SampleRing vs, int i, SampleRing cs) {
            double r = ratioSoFar(vs, i, cs);
            return r < RATIO_MIN || r > RATIO_MAX;
        }

        /**
         * The car's rate at sample {@code i} over the charger's latest, when both are charging and not far apart in
         * time; NaN otherwise (no comparison to make).
         */
        private static double ratioSoFar(SampleRing vs, int i, SampleRing cs) {
            int last = cs.size() - 1;
            if (last < 0 || Math.abs(cs.at(last) - vs.at(i)) > BRACKET_MS || !cs.charging(last) || !vs.charging(i)
                    || cs.rate(last) < DeviceTrack.MIN_CHARGING_KW || !(vs.rate(i) >= DeviceTrack.MIN_CHARGING_KW)) {
                return Double.NaN;
            }
            return vs.rate(i) / cs.rate(last);
        }

        private Veto energy() {
            if (v.capacityKwh == null || Double.isNaN(v.socFirst) || v.socLastAt <= v.socFirstAt) {
                return Veto.NONE;
            }
            // Gate on what the battery gained, which is the same for every charger this car is weighed against,
            // so that no candidate gets energy evidence earlier than another.
            double gained = (v.socLast - v.socFirst) / 100 * v.capacityKwh;
            if (gained < MIN_ENERGY_KWH) {
                return Veto.NONE;
            }
            // The charger must have been metering since the car's first battery level: not so when it came back
            // from an outage, or first reported well after the car.
            if (c.plugHi - c.plugLo > DeviceTrack.CHARGER_OUTAGE_MS || c.plugHi > v.socFirstAt + METERING_SLACK_MS) {
                return Veto.NONE;
            }
            double delivered = c.cumulativeKwhAt(v.socLastAt) - c.cumulativeKwhAt(v.socFirstAt);
            if (Double.isNaN(delivered)) {
                return Veto.NONE;
            }
            energy = gained / Math.max(delivered, 0.1);
            energyKwh = delivered;
            // whole-percent battery levels: allow one percent of rounding at each end
            double rounding = 1.0 / 100 * v.capacityKwh / gained;
            if (energy < ENERGY_MIN - rounding || energy > ENERGY_MAX + rounding) {
                return Veto.ENERGY;
            }
            score += ENERGY_POINTS;
            if (!Double.isNaN(v.learnedEnergyRatio) && gained >= LEARNED_ENERGY_KWH) {
                double off = Math.abs(energy - v.learnedEnergyRatio);
                if (off <= ENERGY_FITS + rounding) {
                    score += EFFICIENCY_POINTS;
                } else if (off >= ENERGY_DIFFERS + 2 * rounding) {
                    score -= EFFICIENCY_POINTS;
                }
            }
            return Veto.NONE;
        }

        private Veto location() {
            if (v.position == null) {
                return Veto.NONE;
            }
            GeoPoint learned = places.chargerPlace(c.id);
            if (learned != null) {
                distance = v.position.metresTo(learned);
                if (distance > FAR_M) {
                    return Veto.LOCATION;
                }
                if (distance <= NEAR_M) {
                    score += NEAR_CHARGER_POINTS;
                }
                return Veto.NONE;
            }
            if (address != null && v.position.metresTo(address) <= NEAR_M) {
                distance = v.position.metresTo(address);
                score += NEAR_CHARGER_POINTS;
                return Veto.NONE;
            }
            GeoPoint usual = places.usualPlace();
            if (usual != null) {
                distance = v.position.metresTo(usual);
                if (distance > FAR_M) {
                    return Veto.LOCATION;
                }
                if (distance <= NEAR_M) {
                    score += NEAR_HOME_POINTS;
                }
            }
            return Veto.NONE;
        }
    }
}
