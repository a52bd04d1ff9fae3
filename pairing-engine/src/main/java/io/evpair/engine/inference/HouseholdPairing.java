package io.evpair.engine.inference;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.observations.GeoPoint;
import io.evpair.engine.observations.Observation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntPredicate;

/**
 * The pairing state of one user (household): decides which of its vehicles is plugged into which of its
 * chargers, from observations in the order they were received.
 *
 * <p>Not thread-safe: one thread at a time owns a household. Households are independent, so different users
 * can be processed in parallel. Deterministic: the same observations and clock calls in the same order give
 * the same decisions. Time comes only from the observations and from {@link #advanceTo(Instant)}.
 *
 * <p>The state is rebuilt by replaying recent observations into a fresh instance: a plug session lives in the
 * devices' last reports, and the learned places come back after a night of GPS.
 */
public final class HouseholdPairing {
    /**
     * Points a pair must earn, and beat "each is plugged in elsewhere" by, before it is activated. When another
     * linked device could explain either side too, the pair must beat that assignment by more, and for a while.
     */
    static final double ACTIVATION_POINTS = 4;
    static final double CONTESTED_MARGIN_POINTS = 6;
    /**
     * History may complete a pair that its own evidence already supports this much (a plug-in coincidence and one
     * more sign); it never pairs alone.
     */
    static final double HISTORY_POINTS = 1;
    static final double HISTORY_NEEDS_POINTS = 3;
    /**
     * An active pair ends at this many steady-state disagreements in a row (a car charging while its charger is idle,
     * a rate outside the band): one can be a report straddling a step, two in a row cannot. The veto that rules out a
     * candidate asks for a quarter of all comparisons, so a look-alike that agreed for two hours outlived the divergence
     * by half an hour.
     */
    static final int DISAGREEMENTS_IN_A_ROW = 2;
    /** Agreeing rate samples a session needs before its ratio teaches us the car's efficiency. */
    static final int RATIO_SAMPLES_TO_LEARN = 8;
    /** Energy a session needs before its energy ratio is precise enough (whole percents) to learn. */
    static final double ENERGY_KWH_TO_LEARN = 12;
    /**
     * A charger reports a plug-in within one busy poll (at most 5 minutes) plus seconds of delivery. Until that long
     * after a vehicle's plug-in, a charger we have not heard from since may be the one it is plugged into, so we wait
     * for it.
     */
    static final long CHARGER_REPORT_WAIT_MS = 5 * 60_000;
    /**
     * When another linked device competes for a pair, its lead must last this long, or until every rival has reported
     * since it began: reports of two chargers arrive at different moments, so one may lead briefly only because its
     * latest reading came in first.
     */
    static final long CONTESTED_LEAD_MS = 5 * 60_000;
    /**
     * Once we know how often a charger polls while busy, one poll plus delivery delay (seconds for a charger's cloud)
     * and the residual clock error after skew correction is enough.
     */
    static final long CHARGER_REPORT_LAG_MS = 30_000;
    /**
     * A car keeps to its own charger when it has used it at least this many times as often as another one. An
     * evening on the other charger (the other car's was taken, a swap) does not end the habit: "never" instead
     * kept the wait for good after one swap, and cost latency on seeds 1–18 without removing a false pair.
     */
    static final int HABIT_FACTOR = 2;
    /** Even an idle charger reports every half hour or so; longer silence is an outage. */
    static final long CHARGER_SILENCE_MS = 45 * 60_000;
    /**
     * A charger's token that is a vehicle's own (declared, or learned with no other car) says which car plugged in,
     * once every other plugged-in car of the household is ruled out on that charger by its own token: a household
     * card looks like one car's until a second car has been seen with it. Such a pair needs no other margin.
     */
    static final double IDENTITY_POINTS = 6;
    /** A charger undecided this long after its plug-in, with two or more fitting vehicles, becomes a question. */
    static final long QUESTION_AFTER_MS = 15 * 60_000;
    /** A vehicle fits a charger well enough to be asked about from this many points (activation needs 4). */
    static final double QUESTION_POINTS = 2;

    private final Map<UUID, DeviceTrack> vehicles = new LinkedHashMap<>();
    private final Map<UUID, DeviceTrack> chargers = new LinkedHashMap<>();
    private final Map<UUID, GeoPoint> addresses = new LinkedHashMap<>();
    private final Map<UUID, ActivePair> byVehicle = new LinkedHashMap<>();
    private final Map<UUID, ActivePair> byCharger = new LinkedHashMap<>();
    private final Set<Contradicted> contradicted = new HashSet<>();
    /** When a contested pair first led its rivals by the activation margin, keyed by vehicle then charger. */
    private final Map<UUID, Map<UUID, Long>> leadingSince = new LinkedHashMap<>();
    /** The rate ratio of each active pair's session so far, learned into the vehicle when it ends well. */
    private final Map<UUID, Double> sessionRatio = new LinkedHashMap<>();
    private final Map<UUID, Double> sessionEnergyRatio = new LinkedHashMap<>();
    private final PlaceMemory places = new PlaceMemory();
    private final PairHistory history = new PairHistory();
    private final IdentityMemory identity = new IdentityMemory();
    private final Map<UUID, PairQuestion> questions = new LinkedHashMap<>();
    /** Why each free candidate pair was held at the last evaluation, keyed by vehicle then charger; null unless asked. */
    private Map<UUID, Map<UUID, Hold>> holds;
    private long now = Long.MIN_VALUE;
    /** A device reported something new since the last evaluation. */
    private boolean dirty;
    /** Unpaired plugged devices on both sides were left waiting, so time alone may change the decision. */
    private boolean waiting;
    /** The device whose report made the household dirty, when there was only one. */
    private UUID touched;

    /**
     * Why a plugged-in vehicle and charger, both free, were not paired at the last evaluation: the first rule of
     * {@code evaluate} that held them, for diagnosis (the replay counts them for the sessions it shows late).
     */
    public enum Hold {
        /** Ruled out: a veto, a contradiction in these sessions, or a token that names another car. */
        RULED_OUT,
        /**
         * Fewer than {@link #ACTIVATION_POINTS} points, the vehicle reporting a position; or, with no rival, not that
         * many more than "each is plugged in elsewhere".
         */
        SCORE,
        /** Fewer than {@link #ACTIVATION_POINTS} points, the vehicle without a position this session. */
        SCORE_WITHOUT_GPS,
        /**
         * A comparison that is not complete yet already disagrees (the charger's next report is not in), for a pair whose
         * rates agreed before; one whose rates never agreed counts for nothing and is held by its score.
         */
        DISAGREEMENT_PENDING,
        /** The charger shows no token where it usually shows one when this car plugs in there. */
        TOKEN_MISSING,
        /** A free charger not heard from since the vehicle's plug-in may still report it, within its known poll. */
        AWAITING_CHARGER,
        /** The same, for a charger never seen busy: its poll is unknown, so the wait is the full five minutes. */
        AWAITING_CHARGER_POLL_UNKNOWN,
        /** Another charger has been silent too long (an outage): anything may be plugged into it. */
        AWAITING_SILENT_CHARGER,
        /** Another vehicle or charger fits too, and this pair does not lead by {@link #CONTESTED_MARGIN_POINTS}. */
        MARGIN,
        /** Leads by the margin, but not yet for {@link #CONTESTED_LEAD_MS} nor past every rival's next report. */
        CONTESTED_LEAD,
        /** Enough alone, but an identified or better pair took one of them in the same round. */
        TAKEN
    }

    /** From now on, remember why each free candidate pair is held ({@link #holdOf}); for diagnosis only. */
    public void recordHolds() {
        holds = new LinkedHashMap<>();
    }

    /** Why the two were held at the last evaluation, if both were free and plugged in and {@link #recordHolds} is on. */
    public Optional<Hold> holdOf(VehicleId vehicle, ChargerId charger) {
        return holds == null ? Optional.empty()
                : Optional.ofNullable(holds.getOrDefault(vehicle.value(), Map.of()).get(charger.value()));
    }

    private void hold(DeviceTrack v, DeviceTrack c, Hold why) {
        if (holds != null) {
            holds.computeIfAbsent(v.id, k -> new LinkedHashMap<>()).put(c.id, why);
        }
    }

    /** A pair ruled out during these very sessions stays out until one side plugs in again. */
    private record Contradicted(UUID vehicleId, UUID chargerId, int vehicleSession, int chargerSession) {
    }

    public HouseholdPairing(Household household) {
        household.vehicles().forEach(this::addVehicle);
        household.chargers().forEach(this::addCharger);
    }

    public void addVehicle(VehicleProfile vehicle) {
        requireNew(vehicle.id());
        vehicles.put(vehicle.id(), new DeviceTrack(vehicle.id(), DeviceType.VEHICLE, vehicle.batteryCapacityKwh()));
    }

    public void addCharger(ChargerProfile charger) {
        requireNew(charger.id());
        chargers.put(charger.id(), new DeviceTrack(charger.id(), DeviceType.CHARGER, null));
        if (charger.address() != null) {
            addresses.put(charger.id(), charger.address());
        }
    }

    /** The user set or changed a charger's address in the vendor's app. */
    public void updateAddress(ChargerId charger, GeoPoint address) {
        UUID chargerId = charger.value();
        if (!chargers.containsKey(chargerId)) {
            throw new IllegalArgumentException("unknown charger " + chargerId);
        }
        if (address == null) {
            addresses.remove(chargerId);
        } else {
            addresses.put(chargerId, address);
        }
    }

    private void requireNew(UUID id) {
        if (vehicles.containsKey(id) || chargers.containsKey(id)) {
            throw new IllegalArgumentException("device already in this household: " + id);
        }
    }

    /** The device was unlinked: its pair, if any, ends now. */
    public List<PairingDecision> removeDevice(UUID deviceId) {
        List<PairingDecision> out = new ArrayList<>();
        ActivePair p = byVehicle.containsKey(deviceId) ? byVehicle.get(deviceId) : byCharger.get(deviceId);
        if (p != null) {
            out.add(deactivate(p, UnpairReason.DEVICE_REMOVED));
        }
        vehicles.remove(deviceId);
        chargers.remove(deviceId);
        addresses.remove(deviceId);
        places.forget(deviceId);
        history.forget(deviceId);
        identity.forget(deviceId);
        return out;
    }

    public boolean knows(UUID deviceId) {
        return vehicles.containsKey(deviceId) || chargers.containsKey(deviceId);
    }

    /**
     * Applies one observation of a device of this household and returns what changed: a deactivation when it
     * reports an unplug, an activation when it completes the evidence for a pair. Observations must come in
     * the order they were received; their {@code observedAt} may be skewed and out of order.
     */
    public List<PairingDecision> onObservation(Observation o) {
        Objects.requireNonNull(o, "observation");
        DeviceTrack track = (o.deviceType() == DeviceType.VEHICLE ? vehicles : chargers).get(o.deviceId());
        if (track == null) {
            throw new IllegalArgumentException("device " + o.deviceId() + " (" + o.deviceType()
                    + ") is not in this household");
        }
        now = Math.max(now, o.receivedAt().toEpochMilli());
        boolean held = (track.isVehicle() ? byVehicle : byCharger).containsKey(track.id);
        DeviceTrack.Change change = track.apply(o, held);
        if (change == DeviceTrack.Change.STALE) {
            return List.of();
        }
        if (track.isVehicle() && o.position() != null) {
            places.vehicleAt(track.id, o.position(), track.lastSampleAt);
        }
        List<PairingDecision> out = new ArrayList<>(1);
        if (change == DeviceTrack.Change.UNPLUGGED) {
            ActivePair p = (track.isVehicle() ? byVehicle : byCharger).get(track.id);
            if (p != null) {
                out.add(deactivate(p, track.isVehicle() ? UnpairReason.VEHICLE_UNPLUGGED
                        : UnpairReason.CHARGER_UNPLUGGED));
                DeviceTrack partner = track.isVehicle() ? chargers.get(p.chargerId().value()) : vehicles.get(p.vehicleId().value());
                partner.retiredSession = partner.sessionSeq;
                if (!track.isVehicle()) {
                    // A car that keeps quiet about its plug while idle was unplugged from this charger too.
                    vehicles.get(p.vehicleId().value()).endSessionIfPlugStateHidden();
                }
            }
        }
        touched = dirty && !track.id.equals(touched) ? null : track.id;
        dirty = true;
        evaluate(out);
        return out;
    }

    /** Moves the household's clock forward (never back) and returns any decisions that follow. */
    public List<PairingDecision> advanceTo(Instant instant) {
        now = Math.max(now, instant.toEpochMilli());
        List<PairingDecision> out = new ArrayList<>(0);
        evaluate(out);
        return out;
    }

    public List<ActivePair> activePairs() {
        return List.copyOf(byVehicle.values());
    }

    public Optional<ActivePair> pairOfVehicle(VehicleId vehicleId) {
        return Optional.ofNullable(byVehicle.get(vehicleId.value()));
    }

    public Optional<ActivePair> pairOfCharger(ChargerId chargerId) {
        return Optional.ofNullable(byCharger.get(chargerId.value()));
    }

    /**
     * Replaces the identifiers the client declared for a vehicle: a charger showing one of them pairs with it at
     * once, and no other vehicle of the household is paired with a charger showing it.
     */
    public void declareIdentifiers(VehicleId vehicle, List<String> tokens) {
        UUID vehicleId = vehicle.value();
        if (!vehicles.containsKey(vehicleId)) {
            throw new IllegalArgumentException("unknown vehicle " + vehicleId);
        }
        identity.declare(vehicleId, tokens);
        dirty = true;
    }

    /**
     * The client says this activated pair is wrong: it ends now, stays out until one side plugs in again, and the
     * token the charger shows is no longer taken as the vehicle's. Empty when the two are not paired.
     */
    public Optional<PairingDecision.Deactivated> reject(VehicleId vehicle, ChargerId charger) {
        UUID vehicleId = vehicle.value();
        UUID chargerId = charger.value();
        ActivePair p = byVehicle.get(vehicleId);
        if (p == null || !p.chargerId().equals(charger)) {
            return Optional.empty();
        }
        forbid(vehicle, charger);
        return Optional.of(deactivate(p, UnpairReason.USER_REJECTED));
    }

    /**
     * What a rejection leaves behind, for a rebuild that replays one where the replay has not paired the two: they are
     * not paired in their current plug sessions, and the charger's token is not the vehicle's.
     */
    public void forbid(VehicleId vehicle, ChargerId charger) {
        DeviceTrack v = vehicles.get(vehicle.value());
        DeviceTrack c = chargers.get(charger.value());
        if (v == null || c == null) {
            return;
        }
        contradicted.add(new Contradicted(v.id, c.id, v.sessionSeq, c.sessionSeq));
        if (c.idTag != null) {
            identity.rejected(v.id, c.idTag);
        }
        // both are free again: another pairing of either may follow at the next evaluation
        dirty = true;
    }

    /**
     * The client says the vehicle is on the charger now. The pair is activated with source USER and is not re-weighed
     * against evidence: it ends when either side unplugs (or is rejected or removed). A pair either device had with
     * another ends first as {@code USER_REJECTED}, as if the client had rejected it. Refused when the charger does
     * not report a vehicle plugged in.
     */
    public Assertion assertPair(VehicleId vehicle, ChargerId charger) {
        UUID vehicleId = vehicle.value();
        UUID chargerId = charger.value();
        DeviceTrack v = vehicles.get(vehicleId);
        DeviceTrack c = chargers.get(chargerId);
        if (v == null || c == null) {
            throw new IllegalArgumentException("vehicle " + vehicleId + " or charger " + chargerId + " is not in this household");
        }
        if (!c.inSession) {
            return new Assertion.ChargerNotPluggedIn();
        }
        ActivePair current = byVehicle.get(vehicleId);
        List<PairingDecision> out = new ArrayList<>(3);
        if (current != null && current.chargerId().equals(charger)) {
            if (current.source() == PairSource.USER) {
                return new Assertion.Made(List.of(), current);
            }
            // the engine's own pair becomes the client's: ended and begun again, so the history says who said so
            byVehicle.remove(vehicleId);
            byCharger.remove(chargerId);
            out.add(new PairingDecision.Deactivated(vehicle, charger, Instant.ofEpochMilli(now),
                    UnpairReason.USER_ASSERTED));
        }
        for (ActivePair displaced : new ActivePair[]{byVehicle.get(vehicleId), byCharger.get(chargerId)}) {
            if (displaced != null && byVehicle.containsKey(displaced.vehicleId().value())) {
                out.add(reject(displaced.vehicleId(), displaced.chargerId()).orElseThrow());
            }
        }
        // a charger first seen already plugged in has no earlier bound: the plug-in is when it was first seen so
        long pluggedIn = c.plugLo == DeviceTrack.NONE ? c.plugHi : c.plugLo;
        PairingDecision.Activated d = new PairingDecision.Activated(vehicle, charger, Instant.ofEpochMilli(now),
                Instant.ofEpochMilli(pluggedIn), 1.0, null, PairSource.USER);
        ActivePair pair = ActivePair.of(d);
        byVehicle.put(vehicleId, pair);
        byCharger.put(chargerId, pair);
        history.activated(vehicleId, chargerId);
        out.add(d);
        return new Assertion.Made(out, pair);
    }

    /** What came of {@link #assertPair}. */
    public sealed interface Assertion {
        /** The pair is the client's now; {@code decisions} are what changed to make it so (none when it already was). */
        record Made(List<PairingDecision> decisions, ActivePair pair) implements Assertion {
        }

        record ChargerNotPluggedIn() implements Assertion {
        }
    }

    /** The vehicle's declared identifiers, then those learned from its pairs, with how often each was confirmed. */
    public List<VehicleIdentifier> identifiersOf(VehicleId vehicleId) {
        return identity.identifiersOf(vehicleId.value());
    }

    private void evaluate(List<PairingDecision> out) {
        if (!dirty && !waiting) {
            return;
        }
        if (dirty) {
            recheckActivePairs(out, touched);
        }
        dirty = false;
        touched = null;
        waiting = false;
        if (holds != null) {
            holds.clear();
        }
        List<DeviceTrack> vs = new ArrayList<>(2);
        List<DeviceTrack> cs = new ArrayList<>(2);
        for (DeviceTrack v : vehicles.values()) {
            if (v.pairable() && !byVehicle.containsKey(v.id)) {
                vs.add(v);
            }
        }
        if (vs.isEmpty()) {
            questions.clear();
            return;
        }
        for (DeviceTrack c : chargers.values()) {
            if (c.pairable() && !byCharger.containsKey(c.id)) {
                cs.add(c);
            }
        }
        if (cs.isEmpty()) {
            questions.clear();
            return;
        }
        waiting = true;
        contradicted.removeIf(x -> isStale(x));
        double[][] score = new double[vs.size()][cs.size()];
        PairAssessment[][] assessed = new PairAssessment[vs.size()][cs.size()];
        boolean[][] identified = new boolean[vs.size()][cs.size()];
        IdentityMemory.Verdict[][] verdicts = identityVerdicts(vs, cs);
        for (int i = 0; i < vs.size(); i++) {
            for (int j = 0; j < cs.size(); j++) {
                DeviceTrack v = vs.get(i);
                DeviceTrack c = cs.get(j);
                if (contradicted.contains(new Contradicted(v.id, c.id, v.sessionSeq, c.sessionSeq))) {
                    score[i][j] = Double.NEGATIVE_INFINITY;
                    continue;
                }
                IdentityMemory.Verdict verdict = verdicts[i][j];
                if (verdict == IdentityMemory.Verdict.NOT_THIS_VEHICLE) {
                    score[i][j] = Double.NEGATIVE_INFINITY;
                    continue;
                }
                PairAssessment a = PairAssessment.of(v, c, addresses.get(c.id), places);
                assessed[i][j] = a;
                double s = a.score();
                if (s >= HISTORY_NEEDS_POINTS && history.isUsual(v.id, c.id)) {
                    s += HISTORY_POINTS;
                }
                if (verdict == IdentityMemory.Verdict.THIS_VEHICLE && othersRuledOut(verdicts, i, j)) {
                    s += IDENTITY_POINTS;
                    identified[i][j] = !a.ruledOut();
                }
                if (a.disagreesBeforeEverAgreeing()) {
                    s = Math.min(s, 0); // as a candidate and as a rival
                }
                score[i][j] = s;
            }
        }
        JointAssignment assignment = new JointAssignment(score, cs.size());
        List<int[]> toActivate = new ArrayList<>(1);
        Map<UUID, Map<UUID, Long>> stillLeading = new LinkedHashMap<>();
        for (int i = 0; i < vs.size(); i++) {
            for (int j = 0; j < cs.size(); j++) {
                if (identified[i][j] && score[i][j] >= ACTIVATION_POINTS) {
                    toActivate.add(new int[] {i, j, (int) Math.round(assignment.margin(i, j) * 1000)});
                    continue;
                }
                Hold held = heldBeforeTheAssignment(vs.get(i), cs.get(j), score[i][j], assessed[i][j]);
                if (held != null) {
                    hold(vs.get(i), cs.get(j), held);
                    continue;
                }
                double margin = assignment.margin(i, j);
                boolean contested = !exclusive(score, i, j);
                if (margin < (contested ? CONTESTED_MARGIN_POINTS : ACTIVATION_POINTS)) {
                    hold(vs.get(i), cs.get(j), contested ? Hold.MARGIN : Hold.SCORE);
                    continue;
                }
                if (contested) {
                    UUID vId = vs.get(i).id;
                    UUID cId = cs.get(j).id;
                    Long since = leadingSince.getOrDefault(vId, Map.of()).get(cId);
                    long from = since == null ? now : since;
                    stillLeading.computeIfAbsent(vId, k -> new LinkedHashMap<>()).put(cId, from);
                    if (now - from < CONTESTED_LEAD_MS && !rivalsReportedSince(vs, cs, score, i, j, from)) {
                        hold(vs.get(i), cs.get(j), Hold.CONTESTED_LEAD);
                        continue;
                    }
                }
                toActivate.add(new int[] {i, j, (int) Math.round(margin * 1000)});
            }
        }
        leadingSince.clear();
        leadingSince.putAll(stillLeading);
        for (int[] e : toActivate) {
            DeviceTrack v = vs.get(e[0]);
            DeviceTrack c = cs.get(e[1]);
            if (byVehicle.containsKey(v.id) || byCharger.containsKey(c.id)) {
                hold(v, c, Hold.TAKEN);
                continue; // an identified pair took one of them in this same round
            }
            IdentitySource source = !identified[e[0]][e[1]] ? null
                    : identity.isDeclared(c.idTag) ? IdentitySource.DECLARED : IdentitySource.LEARNED;
            out.add(activate(v, c, assessed[e[0]][e[1]], score[e[0]][e[1]], e[2] / 1000.0,
                    exclusive(score, e[0], e[1]), source));
        }
        ask(vs, cs, score);
    }

    /** What holds the pair whatever the other candidates score, in the order {@code evaluate} asks; null if nothing. */
    private Hold heldBeforeTheAssignment(DeviceTrack v, DeviceTrack c, double score, PairAssessment a) {
        if (score == Double.NEGATIVE_INFINITY) {
            return Hold.RULED_OUT;
        }
        if (score < ACTIVATION_POINTS) {
            return v.position == null ? Hold.SCORE_WITHOUT_GPS : Hold.SCORE;
        }
        if (a.pendingDisagreement()) {
            return Hold.DISAGREEMENT_PENDING;
        }
        if (noTokenWhereItUsuallyShows(v, c, a)) {
            return Hold.TOKEN_MISSING;
        }
        return awaitingOtherCharger(v, c);
    }

    /**
     * The chargers still free after this round that have waited long enough and that two or more free vehicles fit.
     * Questions never change a decision: they only say where the engine is stuck.
     */
    private void ask(List<DeviceTrack> vs, List<DeviceTrack> cs, double[][] score) {
        questions.clear();
        for (int j = 0; j < cs.size(); j++) {
            DeviceTrack c = cs.get(j);
            if (byCharger.containsKey(c.id) || now - c.plugReceivedAt < QUESTION_AFTER_MS) {
                continue;
            }
            List<PairQuestion.Candidate> fitting = new ArrayList<>(2);
            for (int i = 0; i < vs.size(); i++) {
                if (!byVehicle.containsKey(vs.get(i).id) && score[i][j] >= QUESTION_POINTS) {
                    fitting.add(new PairQuestion.Candidate(new VehicleId(vs.get(i).id),
                            Math.round(score[i][j] * 100) / 100.0));
                }
            }
            if (fitting.size() >= 2) {
                fitting.sort(java.util.Comparator.comparingDouble(PairQuestion.Candidate::score).reversed());
                questions.put(c.id, new PairQuestion(new ChargerId(c.id), Instant.ofEpochMilli(c.plugReceivedAt), fitting));
            }
        }
    }

    /** The chargers the engine is stuck on as of its last evaluation (see {@link PairQuestion}). */
    public List<PairQuestion> openQuestions() {
        return List.copyOf(questions.values());
    }

    private IdentityMemory.Verdict[][] identityVerdicts(List<DeviceTrack> vs, List<DeviceTrack> cs) {
        IdentityMemory.Verdict[][] out = new IdentityMemory.Verdict[vs.size()][cs.size()];
        for (int i = 0; i < vs.size(); i++) {
            for (int j = 0; j < cs.size(); j++) {
                out[i][j] = judge(vs.get(i), cs.get(j));
            }
        }
        return out;
    }

    private IdentityMemory.Verdict judge(DeviceTrack v, DeviceTrack c) {
        return identity.judge(v.id, c.id, c.idTag);
    }

    /**
     * The charger shows no token (or not yet) although it usually shows one when this car plugs in there: guests often
     * bring no card, households forget theirs now and then. While the car charges, a guest plugged in at the same minute
     * and rate as our car charging elsewhere looks the same, so the pair waits for the token or for what such a
     * look-alike lacks: a later transition or a step made together, or the car's GPS at the charger. Penalising the
     * missing token instead removed no false pair: the look-alike's agreement outgrows any penalty. A car plugged in
     * and idle (a schedule, a full battery) is not charging elsewhere, so it is not held.
     */
    private boolean noTokenWhereItUsuallyShows(DeviceTrack v, DeviceTrack c, PairAssessment a) {
        return c.idTag == null && v.charging && a.transitionsMatched() < 2
                && !(a.distanceMetres() <= PairAssessment.NEAR_M) && identity.usuallyShowsToken(v.id, c.id);
    }

    /** Every other free plugged-in vehicle is ruled out on charger {@code j} by the token it shows. */
    private static boolean othersRuledOut(IdentityMemory.Verdict[][] verdicts, int i, int j) {
        for (int k = 0; k < verdicts.length; k++) {
            if (k != i && verdicts[k][j] != IdentityMemory.Verdict.NOT_THIS_VEHICLE) {
                return false;
            }
        }
        return true;
    }

    /** Every open candidate pair with its assessment, for diagnosis. */
    List<String> explain() {
        List<String> out = new ArrayList<>();
        for (DeviceTrack v : vehicles.values()) {
            for (DeviceTrack c : chargers.values()) {
                if (v.inSession && c.inSession) {
                    out.add(v.id + " " + c.id + " active=" + c.id.equals(
                            byVehicle.containsKey(v.id) ? byVehicle.get(v.id).chargerId() : null) + " "
                            + PairAssessment.of(v, c, addresses.get(c.id), places)
                            + " vPlug=[" + Instant.ofEpochMilli(v.plugLo == DeviceTrack.NONE ? 0 : v.plugLo) + ","
                            + Instant.ofEpochMilli(v.plugHi) + "] cPlug=["
                            + Instant.ofEpochMilli(c.plugLo == DeviceTrack.NONE ? 0 : c.plugLo) + ","
                            + Instant.ofEpochMilli(c.plugHi) + "]");
                }
            }
        }
        return out;
    }

    /**
     * Another charger might be the one this vehicle is plugged into but has not told us yet: it has not reported
     * since the vehicle plugged in and either may still do so (within one busy poll) or has gone silent (an
     * outage), in which case anything may be plugged into it and we cannot rule it out at all. Not so for a free
     * charger the vehicle has been paired with at most half as often as with {@code c}, its own one ({@link #keepsTo}):
     * cars in a home with several chargers keep to their own. Null when there is no such charger, else the kind of wait.
     */
    private Hold awaitingOtherCharger(DeviceTrack v, DeviceTrack c) {
        for (DeviceTrack other : chargers.values()) {
            if (other == c || byCharger.containsKey(other.id)) {
                continue;
            }
            boolean heardSince = other.lastSampleAt != DeviceTrack.NONE
                    && other.lastSampleAt >= v.plugHi + PairAssessment.TIME_SLACK_MS;
            if (heardSince && other.inSession) {
                continue; // it is a candidate of its own, weighed by the joint assignment
            }
            if (heardSince) {
                continue;
            }
            if (!other.inSession && keepsTo(v, c)
                    && history.count(v.id, other.id) * HABIT_FACTOR <= history.count(v.id, c.id)) {
                // This is the car's own charger and it seldom uses that one: for the car to be there now, unseen, it
                // would have to break its habit while another car plugs in here at the same minute and fits.
                continue;
            }
            boolean silent = other.lastSampleAt == DeviceTrack.NONE || now - other.lastSampleAt > CHARGER_SILENCE_MS;
            long wait = other.busyPollMs == DeviceTrack.NONE ? CHARGER_REPORT_WAIT_MS
                    : Math.min(CHARGER_REPORT_WAIT_MS, other.busyPollMs + CHARGER_REPORT_LAG_MS);
            if (silent) {
                return Hold.AWAITING_SILENT_CHARGER;
            }
            if (now < v.plugHi + wait) {
                return other.busyPollMs == DeviceTrack.NONE ? Hold.AWAITING_CHARGER_POLL_UNKNOWN : Hold.AWAITING_CHARGER;
            }
        }
        return null;
    }

    /**
     * {@code c} is the car's own charger: its usual one, or, before a habit is known, one it has been paired with and
     * whose first "plugged" report came within a minute of the car's. For the car to be on another charger, unseen,
     * another car would then have to plug in here within that minute; reported minutes apart, two cars arriving
     * together do (seeds 4 and 7 swapped cars on their second evening).
     */
    private boolean keepsTo(DeviceTrack v, DeviceTrack c) {
        return history.isUsual(v.id, c.id)
                || (history.count(v.id, c.id) >= 1 && Math.abs(v.plugHi - c.plugHi) <= PairAssessment.FIRST_REPORTS_MS);
    }

    /**
     * Every rival of pair ({@code i}, {@code j}) — another vehicle that fits charger {@code j}, another charger that fits
     * vehicle {@code i} — has reported since the pair's lead began. The lead then rests on every device's latest word and
     * is not merely the first reading to arrive, so it need not last {@link #CONTESTED_LEAD_MS} too.
     */
    private static boolean rivalsReportedSince(List<DeviceTrack> vs, List<DeviceTrack> cs, double[][] score, int i, int j,
                                               long leadingFrom) {
        return !anyRival(score, i, j, k -> vs.get(k).lastReceivedAt <= leadingFrom,
                l -> cs.get(l).lastReceivedAt <= leadingFrom);
    }

    private boolean isStale(Contradicted x) {
        DeviceTrack v = vehicles.get(x.vehicleId());
        DeviceTrack c = chargers.get(x.chargerId());
        return v == null || c == null || v.sessionSeq != x.vehicleSession() || c.sessionSeq != x.chargerSession();
    }

    private static boolean exclusive(double[][] score, int i, int j) {
        return !anyRival(score, i, j, k -> true, l -> true);
    }

    /**
     * A rival of pair ({@code i}, {@code j}) — another vehicle {@code k} that fits charger {@code j}, another charger
     * {@code l} that fits vehicle {@code i} — for which the test holds.
     */
    private static boolean anyRival(double[][] score, int i, int j, IntPredicate vehicle, IntPredicate charger) {
        for (int k = 0; k < score.length; k++) {
            if (k != i && score[k][j] > 0 && vehicle.test(k)) {
                return true;
            }
        }
        for (int l = 0; l < score[i].length; l++) {
            if (l != j && score[i][l] > 0 && charger.test(l)) {
                return true;
            }
        }
        return false;
    }

    /** Re-weighs the active pairs that {@code only} is part of, or all of them when it is null. */
    private void recheckActivePairs(List<PairingDecision> out, UUID only) {
        if (byVehicle.isEmpty()) {
            return;
        }
        for (ActivePair p : List.copyOf(byVehicle.values())) {
            if (p.source() == PairSource.USER
                    || only != null && !only.equals(p.vehicleId().value()) && !only.equals(p.chargerId().value())) {
                continue;
            }
            DeviceTrack v = vehicles.get(p.vehicleId().value());
            DeviceTrack c = chargers.get(p.chargerId().value());
            PairAssessment a = PairAssessment.of(v, c, addresses.get(c.id), places);
            if (a.ruledOut() || a.recentMismatches() >= DISAGREEMENTS_IN_A_ROW
                    || judge(v, c) == IdentityMemory.Verdict.NOT_THIS_VEHICLE) {
                contradicted.add(new Contradicted(v.id, c.id, v.sessionSeq, c.sessionSeq));
                out.add(deactivate(p, UnpairReason.CONTRADICTED));
            } else {
                if (v.position != null) {
                    places.pairedAt(c.id, v.position);
                }
                if (a.rateSamplesAgreeing() >= RATIO_SAMPLES_TO_LEARN) {
                    sessionRatio.put(v.id, a.rateRatio());
                }
                if (!Double.isNaN(a.energyRatio()) && a.energyKwh() >= ENERGY_KWH_TO_LEARN) {
                    sessionEnergyRatio.put(v.id, a.energyRatio());
                }
            }
        }
    }

    private PairingDecision.Activated activate(DeviceTrack v, DeviceTrack c, PairAssessment a, double score,
                                               double margin, boolean exclusive, IdentitySource identifiedBy) {
        PairEvidence evidence = new PairEvidence(
                a.plugInGapMs() == DeviceTrack.NONE ? null : Duration.ofMillis(a.plugInGapMs()),
                a.transitionsMatched(), a.rateSamplesAgreeing(), nullIfNaN(a.rateRatio()),
                nullIfNaN(a.energyRatio()), nullIfNaN(a.distanceMetres()), exclusive,
                history.count(v.id, c.id), score, margin, identifiedBy);
        PairingDecision.Activated d = new PairingDecision.Activated(new VehicleId(v.id), new ChargerId(c.id),
                Instant.ofEpochMilli(now), Instant.ofEpochMilli(a.pluggedInAt()), confidence(margin), evidence,
                PairSource.ENGINE);
        ActivePair pair = ActivePair.of(d);
        byVehicle.put(v.id, pair);
        byCharger.put(c.id, pair);
        history.activated(v.id, c.id);
        return d;
    }

    private PairingDecision.Deactivated deactivate(ActivePair p, UnpairReason reason) {
        Double ratio = sessionRatio.remove(p.vehicleId().value());
        Double energy = sessionEnergyRatio.remove(p.vehicleId().value());
        DeviceTrack v = vehicles.get(p.vehicleId().value());
        DeviceTrack c = chargers.get(p.chargerId().value());
        if (v != null && c != null && endedWell(reason)) {
            identity.sessionEnded(v.id, c.id, c.idTag);
            if (c.idTag != null) {
                identity.confirmed(v.id, c.id, c.idTag, now);
            }
        }
        if (v != null && reason != UnpairReason.CONTRADICTED && reason != UnpairReason.USER_REJECTED) {
            if (ratio != null) {
                v.learnedRatio = Double.isNaN(v.learnedRatio) ? ratio : v.learnedRatio + (ratio - v.learnedRatio) / 4;
            }
            if (energy != null) {
                v.learnedEnergyRatio = Double.isNaN(v.learnedEnergyRatio) ? energy
                        : v.learnedEnergyRatio + (energy - v.learnedEnergyRatio) / 4;
            }
        }
        byVehicle.remove(p.vehicleId().value());
        byCharger.remove(p.chargerId().value());
        return new PairingDecision.Deactivated(p.vehicleId(), p.chargerId(), Instant.ofEpochMilli(now), reason);
    }

    /** Both stayed together until one of them was unplugged: what the charger showed was that car. */
    private static boolean endedWell(UnpairReason reason) {
        return reason == UnpairReason.VEHICLE_UNPLUGGED || reason == UnpairReason.CHARGER_UNPLUGGED;
    }

    /** Monotone in the margin: 0.74 at the lowest activation margin, 0.96 at 10. Not a calibrated probability. */
    static double confidence(double margin) {
        return 1 - Math.exp(-margin / 3);
    }

    private static Double nullIfNaN(double x) {
        return Double.isNaN(x) ? null : x;
    }
}
