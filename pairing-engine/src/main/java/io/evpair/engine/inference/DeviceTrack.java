package io.evpair.engine.inference;

import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.observations.GeoPoint;
import io.evpair.engine.observations.Observation;
import java.util.UUID;

/**
 * What one device has told us, reduced to its current plug session: when it was plugged in (as an interval,
 * because reports are sparse), its charging transitions, recent rate samples, battery levels, position and
 * metered energy. All times are epoch milliseconds on the true clock (vendor skew removed). Everything older
 * than the current session is dropped, which is what keeps the state small.
 */
final class DeviceTrack {
    static final long NONE = Long.MIN_VALUE;
    /** A charger drawing less than this is idle; a few hundred watts of standby or rounding is not charging. */
    static final double MIN_CHARGING_KW = 1.0;
    private static final int TRANSITIONS = 8;
    /** Longer gaps than this (offline charger, sleeping car) are not integrated at the last rate. */
    private static final long MAX_INTEGRATION_GAP_MS = 20 * 60_000;
    /**
     * A plugged charger reports every few minutes. After a longer silence (an outage) it may have been unplugged
     * and plugged again unseen, so its plug-in time is only known to lie after its last report.
     */
    static final long CHARGER_OUTAGE_MS = 30 * 60_000;
    /** GPS errs by tens of metres; a car further than this from where it last reported in its session was driven. */
    static final double MOVED_M = PairAssessment.FAR_M;

    final UUID id;
    final DeviceType type;
    final Double capacityKwh;
    final VendorClock clock = new VendorClock();

    private long lastRawObservedAt = NONE;
    long lastSampleAt = NONE;
    long lastReceivedAt = NONE;
    private long lastUnpluggedAt = NONE;
    private long lastChargingStopAt = NONE;
    boolean charging;
    /** Set when the device stopped saying whether it is plugged (some cars only say so while charging). */
    private long plugUnknownSince = NONE;
    /** Whether it ever said "plugged" or "unplugged" while not charging; some cars never do. */
    private boolean reportsPlugWhileIdle;

    boolean inSession;
    int sessionSeq;
    /**
     * The session whose pair ended because its partner unplugged: physically this device is unplugged too, even
     * if it has not said so yet, so it must not be paired again before it plugs in anew.
     */
    int retiredSession = -1;
    long plugLo;
    long plugHi;
    long plugReceivedAt;
    long chargeStartLo = NONE;
    long chargeStartHi = NONE;
    final SampleRing samples = new SampleRing();
    private final long[] transitionLo = new long[TRANSITIONS];
    private final long[] transitionHi = new long[TRANSITIONS];
    private final boolean[] transitionUp = new boolean[TRANSITIONS];
    private int transitions;

    /** How often it reports while plugged in, learned (a charger reports a plug-in within one such poll). */
    long busyPollMs = NONE;

    // vehicle side
    /** Battery-side over grid-side power seen in its confirmed sessions: its own charging efficiency. */
    double learnedRatio = Double.NaN;
    /** Battery gain × published capacity over metered energy in its confirmed sessions: efficiency and wear. */
    double learnedEnergyRatio = Double.NaN;
    double socFirst = Double.NaN;
    long socFirstAt;
    double socLast = Double.NaN;
    long socLastAt;
    double maxRateKw;
    GeoPoint position;
    long positionAt = NONE;

    // charger side
    /** Metered energy every quarter hour, so energy since a car's first report survives long sessions. */
    private static final int ENERGY_MARKS = 64;
    private static final long ENERGY_MARK_EVERY_MS = 15 * 60_000;
    private final long[] energyMarkAt = new long[ENERGY_MARKS];
    private final float[] energyMarkKwh = new float[ENERGY_MARKS];
    private int energyMarks;
    double cumulativeKwh;
    private double lastRateKw;
    private Double meterAtStart;
    long firstChargingAt = Long.MAX_VALUE;
    /** Who the charger says plugged in during this session; kept after the unplug so the pair can learn from it. */
    String idTag;

    enum Change { STALE, UPDATED, PLUGGED_IN, UNPLUGGED }

    DeviceTrack(UUID id, DeviceType type, Double capacityKwh) {
        this.id = id;
        this.type = type;
        this.capacityKwh = capacityKwh;
    }

    /** Plugged in, as far as we know, and free to be paired. */
    boolean pairable() {
        return inSession && retiredSession != sessionSeq;
    }

    boolean isVehicle() {
        return type == DeviceType.VEHICLE;
    }

    /**
     * @param heldByPair the device is in an activated pair; a car that hides its plug state while idle then keeps
     *                   its session when charging resumes, because the charger will tell us when it is unplugged
     */
    Change apply(Observation o, boolean heldByPair) {
        long raw = o.observedAt().toEpochMilli();
        clock.observe(raw, o.receivedAt().toEpochMilli());
        lastReceivedAt = Math.max(lastReceivedAt, o.receivedAt().toEpochMilli());
        if (raw <= lastRawObservedAt) {
            return Change.STALE; // a late report of a state we have already moved past
        }
        lastRawObservedAt = raw;
        long t = Math.max(clock.correct(raw), lastSampleAt == NONE ? Long.MIN_VALUE : lastSampleAt);

        Double rate = o.chargeRateKw();
        boolean chargingKnown = o.charging() != null || rate != null;
        boolean isCharging = o.charging() != null ? o.charging() : rate != null && rate >= MIN_CHARGING_KW;
        Boolean plugged = isCharging ? Boolean.TRUE : o.pluggedIn();

        if (o.pluggedIn() != null && !isCharging) {
            reportsPlugWhileIdle = true;
        }
        Change change = Change.UPDATED;
        if (inSession && movedAway(o.position())) {
            // Cars hide their plug state while idle and report no position while driving: a car that is somewhere
            // else now was unplugged after it was last seen where it charged, whatever else it says.
            lastUnpluggedAt = positionAt;
            plugUnknownSince = NONE;
            endSession();
            change = Change.UNPLUGGED;
        }
        if (Boolean.FALSE.equals(plugged)) {
            lastUnpluggedAt = t;
            plugUnknownSince = NONE;
            if (inSession) {
                endSession();
                change = Change.UNPLUGGED;
            }
        } else if (Boolean.TRUE.equals(plugged)) {
            if (inSession && !isVehicle() && !heldByPair && lastSampleAt != NONE
                    && t - lastSampleAt > CHARGER_OUTAGE_MS) {
                endSession();
                startSession(lastSampleAt, t, o.receivedAt().toEpochMilli());
                change = Change.PLUGGED_IN;
            } else if (!inSession) {
                startSession(Math.max(lastUnpluggedAt, lastChargingStopAt), t, o.receivedAt().toEpochMilli());
                // the end of the session it moved away from must still end its pair
                change = change == Change.UNPLUGGED ? change : Change.PLUGGED_IN;
            } else if (plugUnknownSince != NONE && isCharging && !charging && !heldByPair) {
                // Charging again after a silent stretch: it may have been unplugged and plugged elsewhere.
                endSession();
                startSession(Math.max(lastUnpluggedAt, lastChargingStopAt), t, o.receivedAt().toEpochMilli());
                change = Change.PLUGGED_IN;
            }
            if (o.pluggedIn() != null) {
                plugUnknownSince = NONE;
            }
        } else if (plugUnknownSince == NONE) {
            plugUnknownSince = t;
        }

        if (inSession) {
            record(o, t, chargingKnown ? isCharging : charging, rate);
            if (o.idTag() != null) {
                idTag = o.idTag();
            }
        }
        if (chargingKnown) {
            if (charging && !isCharging) {
                lastChargingStopAt = t;
            }
            charging = isCharging;
        }
        lastSampleAt = t;
        return change;
    }

    private void record(Observation o, long t, boolean isCharging, Double rate) {
        long previous = samples.size() > 0 ? samples.at(samples.size() - 1) : NONE;
        if (isCharging != charging || previous == NONE) {
            if (isCharging != charging && previous != NONE) {
                addTransition(previous, t, isCharging);
            }
            if (isCharging && chargeStartLo == NONE) {
                // it was not charging at its last report, even when that report could not say whether it was plugged
                chargeStartLo = previous != NONE ? previous : Math.max(plugLo, lastSampleAt);
                chargeStartHi = t;
                if (previous == NONE) {
                    addTransition(plugLo, t, true);
                }
            }
        }
        if (previous != NONE && t > previous) {
            long gap = Math.min(t - previous, CHARGER_OUTAGE_MS);
            // follows longer gaps at once and forgets them slowly: we want the slow end of its polling
            busyPollMs = busyPollMs == NONE || gap > busyPollMs ? gap : busyPollMs - (busyPollMs - gap) / 16;
        }
        double kw = rate == null ? Double.NaN : (isCharging ? rate : 0.0);
        if (isVehicle()) {
            if (o.batteryLevel() != null) {
                if (Double.isNaN(socFirst)) {
                    socFirst = o.batteryLevel();
                    socFirstAt = t;
                }
                socLast = o.batteryLevel();
                socLastAt = t;
            }
            if (!Double.isNaN(kw)) {
                maxRateKw = Math.max(maxRateKw, kw);
            }
            if (o.position() != null) {
                position = o.position();
                positionAt = t;
            }
        } else {
            double now = Double.isNaN(kw) ? (isCharging ? lastRateKw : 0.0) : kw;
            if (o.meterKwh() != null) {
                if (meterAtStart == null) {
                    meterAtStart = o.meterKwh();
                }
                cumulativeKwh = o.meterKwh() - meterAtStart;
            } else if (previous != NONE) {
                long gap = t - previous;
                double kwForGap = gap > MAX_INTEGRATION_GAP_MS ? Math.min(lastRateKw, now) : (lastRateKw + now) / 2;
                cumulativeKwh += kwForGap * gap / 3_600_000.0;
            }
            if (isCharging && firstChargingAt == Long.MAX_VALUE) {
                firstChargingAt = previous == NONE ? plugLo : previous;
            }
            lastRateKw = now;
        }
        samples.add(t, isCharging, kw, cumulativeKwh);
        if (!isVehicle() && (energyMarks == 0 || t - energyMarkAt[(energyMarks - 1) % ENERGY_MARKS]
                >= ENERGY_MARK_EVERY_MS)) {
            energyMarkAt[energyMarks % ENERGY_MARKS] = t;
            energyMarkKwh[energyMarks % ENERGY_MARKS] = (float) cumulativeKwh;
            energyMarks++;
        }
    }

    private void addTransition(long lo, long hi, boolean up) {
        int slot = transitions % TRANSITIONS;
        transitionLo[slot] = lo;
        transitionHi[slot] = hi;
        transitionUp[slot] = up;
        transitions++;
    }

    int transitionCount() {
        return Math.min(transitions, TRANSITIONS);
    }

    private int transitionSlot(int i) {
        return transitions <= TRANSITIONS ? i : (transitions + i) % TRANSITIONS;
    }

    long transitionLo(int i) {
        return transitionLo[transitionSlot(i)];
    }

    long transitionHi(int i) {
        return transitionHi[transitionSlot(i)];
    }

    boolean transitionUp(int i) {
        return transitionUp[transitionSlot(i)];
    }

    private void startSession(long lo, long hi, long receivedAt) {
        inSession = true;
        sessionSeq++;
        plugLo = lo;
        plugHi = hi;
        plugReceivedAt = receivedAt;
        chargeStartLo = NONE;
        chargeStartHi = NONE;
        transitions = 0;
        samples.clear();
        energyMarks = 0;
        socFirst = Double.NaN;
        socLast = Double.NaN;
        maxRateKw = 0;
        position = null;
        positionAt = NONE;
        cumulativeKwh = 0;
        lastRateKw = 0;
        meterAtStart = null;
        firstChargingAt = Long.MAX_VALUE;
        charging = false;
        idTag = null;
    }

    /** A vehicle in session reports a position further from its last one in this session than a cable reaches. */
    private boolean movedAway(GeoPoint now) {
        return isVehicle() && now != null && position != null && now.metresTo(position) > MOVED_M;
    }

    /** The charger it was paired with was unplugged; a car that hides its plug state will not tell us. */
    void endSessionIfPlugStateHidden() {
        if (inSession && (plugUnknownSince != NONE || !reportsPlugWhileIdle)) {
            endSession();
        }
    }

    /** The device is unplugged (reported, or implied by its partner's unplug). */
    void endSession() {
        inSession = false;
        samples.clear();
        transitions = 0;
        position = null;
    }

    private double markedKwhAt(long time) {
        int first = Math.max(0, energyMarks - ENERGY_MARKS);
        for (int k = energyMarks - 1; k >= first; k--) {
            long at = energyMarkAt[k % ENERGY_MARKS];
            if (at <= time) {
                if (k + 1 < energyMarks) {
                    long nextAt = energyMarkAt[(k + 1) % ENERGY_MARKS];
                    double a = energyMarkKwh[k % ENERGY_MARKS];
                    double b = energyMarkKwh[(k + 1) % ENERGY_MARKS];
                    return a + (b - a) * (time - at) / Math.max(1, nextAt - at);
                }
                return energyMarkKwh[k % ENERGY_MARKS];
            }
        }
        return Double.NaN;
    }

    /** Metered energy since plug-in at {@code time}, or NaN when that moment has dropped out of the samples. */
    double cumulativeKwhAt(long time) {
        if (time <= firstChargingAt) {
            return 0;
        }
        int i = samples.lastAtOrBefore(time);
        if (i < 0) {
            return markedKwhAt(time);
        }
        if (i == samples.size() - 1) {
            long gap = Math.min(time - samples.at(i), MAX_INTEGRATION_GAP_MS);
            double r = samples.charging(i) ? lastRateKw : 0;
            return samples.cumulativeKwh(i) + r * gap / 3_600_000.0;
        }
        long a = samples.at(i);
        long b = samples.at(i + 1);
        double f = b == a ? 0 : (double) (time - a) / (b - a);
        return samples.cumulativeKwh(i) + f * (samples.cumulativeKwh(i + 1) - samples.cumulativeKwh(i));
    }
}
