package io.evpair.engine.inference.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A faithful port of {@code pairing-eval/score.py}: the same checkpoints (every observation received up to the
 * checkpoint, in file order, then the clock, then the pairs), the same grace windows and the same figures.
 */
final class Scoring {
    static final Duration GRACE_PAIR = Duration.ofMinutes(15);
    static final Duration GRACE_UNPAIR = Duration.ofMinutes(15);
    static final Duration SEEN_UNPAIR = Duration.ofMinutes(5);
    static final Duration EARLY = Duration.ofMinutes(5);
    static final Instant OPEN = Instant.MAX;

    /** A wrong pair as it first appeared, for diagnosis. */
    record WrongPair(Instant at, ReplayEngine.Pair pair) {
    }

    private record Span(Instant from, Instant until) {
    }

    private Scoring() {
    }

    static Instant unplugEnd(Dataset.Session s) {
        return s.openAtEnd() ? OPEN : s.unpluggedAt();
    }

    /**
     * One observable home session as the replay saw it, for diagnosis; {@code heldAtFirstCheckpoint} is the engine's
     * reason for not showing it at the first checkpoint after both devices reported (null when it was shown there, or the
     * engine cannot say).
     */
    record SessionOutcome(Dataset.Session session, Instant evidenceAt, Instant firstShown, long expected,
                          long found, String heldAtFirstCheckpoint) {
    }

    static ReplayScore score(ReplayEngine engine, Dataset d, int stepMin, Consumer<WrongPair> wrongPairs) {
        return score(engine, d, stepMin, wrongPairs, null);
    }

    static ReplayScore score(ReplayEngine engine, Dataset d, int stepMin, Consumer<WrongPair> wrongPairs,
                             Consumer<SessionOutcome> sessions) {
        List<Dataset.Session> truth = d.truth();
        List<Dataset.Row> obs = d.observations();
        Duration step = Duration.ofMinutes(stepMin);
        Instant start = d.start();
        Instant end = start.plus(Duration.ofDays(d.days()));
        Map<Integer, Instant> linger = lingerUntil(truth, obs);
        Map<ReplayEngine.Pair, List<Span>> spans = new HashMap<>();
        for (int i = 0; i < truth.size(); i++) {
            Dataset.Session s = truth.get(i);
            if ("HOME".equals(s.kind())) {
                spans.computeIfAbsent(new ReplayEngine.Pair(s.vehicle(), s.charger()), k -> new ArrayList<>())
                        .add(new Span(s.pluggedInAt(), linger.get(i)));
            }
        }
        Map<Integer, Instant> evid = evidenceTimes(truth, obs);
        long expectedTotal = 0;
        long reportedTotal = 0;
        long correct = 0;
        long found = 0;
        Set<ReplayEngine.Pair> wrongPrev = new HashSet<>();
        int episodes = 0;
        Map<Integer, Instant> firstSeen = new HashMap<>();
        Map<Integer, String> heldAtFirst = new HashMap<>();
        Map<Integer, long[]> perSession = new HashMap<>();
        long t0 = System.nanoTime();
        engine.setup(d);
        int i = 0;
        Instant t = start;
        Instant last = end.plus(GRACE_UNPAIR);
        while (!t.isAfter(last)) {
            int j = i;
            while (j < obs.size() && !obs.get(j).receivedAt().isAfter(t)) {
                j++;
            }
            if (j > i) {
                engine.ingest(obs.subList(i, j));
            }
            i = j;
            engine.advance(t);
            Set<ReplayEngine.Pair> reported = engine.pairs();
            Set<ReplayEngine.Pair> wrong = new HashSet<>();
            for (ReplayEngine.Pair p : reported) {
                boolean ok = false;
                for (Span s : spans.getOrDefault(p, List.of())) {
                    if (!t.isBefore(s.from().minus(EARLY)) && !t.isAfter(s.until())) {
                        ok = true;
                        break;
                    }
                }
                reportedTotal++;
                if (ok) {
                    correct++;
                } else {
                    wrong.add(p);
                }
            }
            for (ReplayEngine.Pair p : wrong) {
                if (!wrongPrev.contains(p)) {
                    episodes++;
                    if (wrongPairs != null) {
                        wrongPairs.accept(new WrongPair(t, p));
                    }
                }
            }
            wrongPrev = wrong;
            for (Map.Entry<Integer, Instant> e : evid.entrySet()) {
                int k = e.getKey();
                Dataset.Session s = truth.get(k);
                Instant b = unplugEnd(s);
                ReplayEngine.Pair key = new ReplayEngine.Pair(s.vehicle(), s.charger());
                boolean shown = reported.contains(key);
                if (shown && !e.getValue().isAfter(t) && !t.isAfter(linger.get(k)) && !firstSeen.containsKey(k)) {
                    firstSeen.put(k, t);
                }
                if (sessions != null && !shown && !e.getValue().isAfter(t) && t.isBefore(e.getValue().plus(step))) {
                    String why = engine.whyNotShown(key);
                    if (why != null) {
                        heldAtFirst.put(k, why);
                    }
                }
                if (!e.getValue().plus(GRACE_PAIR).isAfter(t) && !t.isAfter(b)) {
                    expectedTotal++;
                    long[] ps = perSession.computeIfAbsent(k, x -> new long[2]);
                    ps[0]++;
                    if (shown) {
                        found++;
                        ps[1]++;
                    }
                }
            }
            t = t.plus(step);
        }
        List<Double> lat = new ArrayList<>();
        for (Map.Entry<Integer, Instant> e : firstSeen.entrySet()) {
            lat.add(Duration.between(evid.get(e.getKey()), e.getValue()).toMillis() / 1000.0);
        }
        lat.sort(null);
        if (sessions != null) {
            for (Map.Entry<Integer, Instant> e : evid.entrySet()) {
                long[] ps = perSession.getOrDefault(e.getKey(), new long[2]);
                sessions.accept(new SessionOutcome(truth.get(e.getKey()), e.getValue(), firstSeen.get(e.getKey()),
                        ps[0], ps[1], heldAtFirst.get(e.getKey())));
            }
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        return new ReplayScore(stepMin,
                reportedTotal == 0 ? null : ReplayScore.round((double) correct / reportedTotal, 5),
                episodes,
                expectedTotal == 0 ? null : ReplayScore.round((double) found / expectedTotal, 5),
                evid.isEmpty() ? null : ReplayScore.round((double) firstSeen.size() / evid.size(), 5),
                lat.isEmpty() ? null : median(lat),
                lat.isEmpty() ? null : lat.get((int) (0.95 * (lat.size() - 1))),
                evid.size(), obs.size(), wall);
    }

    static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** How long each home session's pair may still be shown (score.py's linger_until). */
    static Map<Integer, Instant> lingerUntil(List<Dataset.Session> truth, List<Dataset.Row> obs) {
        Map<String, List<Instant[]>> unplugged = new HashMap<>();
        for (Dataset.Row o : obs) {
            if (Boolean.FALSE.equals(o.isPluggedIn())) {
                unplugged.computeIfAbsent(o.vendorDeviceId(), k -> new ArrayList<>())
                        .add(new Instant[] {o.observedAt(), o.receivedAt()});
            }
        }
        Map<Integer, Instant> out = new LinkedHashMap<>();
        for (int i = 0; i < truth.size(); i++) {
            Dataset.Session s = truth.get(i);
            if (!"HOME".equals(s.kind())) {
                continue;
            }
            Instant b = unplugEnd(s);
            if (b == OPEN) {
                out.put(i, OPEN);
                continue;
            }
            Instant seen = null;
            for (String dev : new String[] {s.vehicle(), s.charger()}) {
                for (Instant[] or : unplugged.getOrDefault(dev, List.of())) {
                    if (!or[0].isBefore(b.minus(EARLY)) && (seen == null || or[1].isBefore(seen))) {
                        seen = or[1];
                    }
                }
            }
            if (seen == null) {
                out.put(i, OPEN);
            } else {
                Instant a = b.plus(GRACE_UNPAIR);
                Instant c = seen.plus(SEEN_UNPAIR);
                out.put(i, a.isAfter(c) ? a : c);
            }
        }
        return out;
    }

    /** When both devices of each observable home session had reported being plugged in (evidence_times). */
    static Map<Integer, Instant> evidenceTimes(List<Dataset.Session> truth, List<Dataset.Row> obs) {
        Map<String, List<Instant[]>> byDev = new HashMap<>();
        for (Dataset.Row o : obs) {
            if (Boolean.TRUE.equals(o.isPluggedIn()) || Boolean.TRUE.equals(o.isCharging())) {
                byDev.computeIfAbsent(o.vendorDeviceId(), k -> new ArrayList<>())
                        .add(new Instant[] {o.observedAt(), o.receivedAt()});
            }
        }
        Map<Integer, Instant> first = new LinkedHashMap<>();
        for (int i = 0; i < truth.size(); i++) {
            Dataset.Session s = truth.get(i);
            if (!"HOME".equals(s.kind()) || !s.observable()) {
                continue;
            }
            Instant a = s.pluggedInAt();
            Instant b = unplugEnd(s);
            Instant latest = null;
            boolean missing = false;
            for (String dev : new String[] {s.vehicle(), s.charger()}) {
                Instant min = null;
                for (Instant[] or : byDev.getOrDefault(dev, List.of())) {
                    if (!or[0].isBefore(a.minus(EARLY)) && !or[0].isAfter(b) && (min == null || or[1].isBefore(min))) {
                        min = or[1];
                    }
                }
                if (min == null) {
                    missing = true;
                } else if (latest == null || min.isAfter(latest)) {
                    latest = min;
                }
            }
            if (!missing) {
                first.put(i, latest);
            }
        }
        return first;
    }
}
