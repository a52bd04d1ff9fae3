package io.evpair.engine.inference.replay;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Replays several gen_dataset.py folders in one JVM and prints one row per folder and the means, as a Markdown
 * table: what {@code bench/pairing-seeds.sh} prints for seeds 1–6 with and without {@code --identity}.
 *
 * <pre>SeedTable DIR... [--explain] [--by-day] [--holds]</pre>
 *
 * <p>{@code --by-day} adds the latency p50 of sessions whose evidence came in the first three days, while the engine
 * is still learning each household (its usual chargers, tokens and polls), and of the days after; and, day by day
 * over all the datasets, the share of sessions shown at the first checkpoint after both devices reported (p50 ≤ 180 s
 * needs about 83 %, p50 ≤ 240 s about 62 %); and the same share by how long before that checkpoint both had reported
 * (a session whose evidence came in its last seconds has had less time to be decided).
 *
 * <p>{@code --holds} counts, for the sessions not shown at that checkpoint, the engine's reason at it
 * ({@link io.evpair.engine.inference.HouseholdPairing.Hold}, or where the two stood), for days 1–3 and the days after.
 */
public final class SeedTable {
    /** How long the engine takes to learn a household: each car has plugged in at home a few times by then. */
    private static final Duration LEARNING = Duration.ofDays(3);
    private static final Duration STEP = Duration.ofMinutes(5);
    private static final int DAYS_SHOWN = 8;

    private SeedTable() {
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return Scoring.median(sorted);
    }

    public static void main(String[] args) throws IOException {
        List<String> flags = List.of(args);
        boolean explain = flags.contains("--explain");
        boolean byDay = flags.contains("--by-day");
        boolean holds = flags.contains("--holds");
        Map<String, int[]> heldBy = new TreeMap<>();
        List<String> learning = new ArrayList<>();
        int[] observable = new int[DAYS_SHOWN];
        int[] atFirstCheckpoint = new int[DAYS_SHOWN];
        int minutesInStep = (int) STEP.toMinutes();
        int[][] byTimeBefore = new int[minutesInStep][2]; // [whole minutes from the evidence to the next checkpoint][shown there?]
        System.out.println("| dataset | precision | false pair episodes | recall | session recall | latency p50 s | p95 s |");
        System.out.println("|---|---|---|---|---|---|---|");
        double precision = 0;
        double recall = 0;
        double sessionRecall = 0;
        int episodes = 0;
        double worstP50 = 0;
        int n = 0;
        for (String arg : args) {
            if (arg.startsWith("--")) {
                continue;
            }
            boolean verbose = explain;
            Dataset d = Dataset.read(Path.of(arg));
            List<Double> early = new ArrayList<>();
            List<Double> later = new ArrayList<>();
            ReplayScore s = Scoring.score(new EvpairEngine(holds), d, minutesInStep, w -> {
                if (verbose) {
                    System.err.println(arg + " false pair at " + w.at() + ": " + w.pair());
                }
            }, o -> {
                int day = (int) Math.min(DAYS_SHOWN - 1, Duration.between(d.start(), o.evidenceAt()).toDays());
                observable[day]++;
                if (o.heldAtFirstCheckpoint() != null) {
                    heldBy.computeIfAbsent(o.heldAtFirstCheckpoint(), k -> new int[2])[
                            o.evidenceAt().isBefore(d.start().plus(LEARNING)) ? 0 : 1]++;
                }
                if (o.firstShown() != null) {
                    double latency = Duration.between(o.evidenceAt(), o.firstShown()).toMillis() / 1000.0;
                    // checkpoints are a whole step apart, so the latency modulo a step is the time to the first of them
                    int minute = (int) (latency % STEP.toSeconds() / 60);
                    byTimeBefore[minute][latency < STEP.toSeconds() ? 1 : 0]++;
                    (o.evidenceAt().isBefore(d.start().plus(LEARNING)) ? early : later).add(latency);
                    if (latency < STEP.toSeconds()) {
                        atFirstCheckpoint[day]++; // the first checkpoint after the evidence is less than a step after it
                    }
                }
            });
            learning.add(String.format("| %s | %d | %.0f | %d | %.0f |", Path.of(arg).getFileName(), early.size(),
                    median(early), later.size(), median(later)));
            System.out.printf("| %s | %s | %d | %s | %s | %.0f | %.0f |%n", Path.of(arg).getFileName(), s.precision(),
                    s.falsePairEpisodes(), s.recall(), s.sessionRecall(), s.latencyP50s(), s.latencyP95s());
            precision += s.precision();
            recall += s.recall();
            sessionRecall += s.sessionRecall();
            episodes += s.falsePairEpisodes();
            worstP50 = Math.max(worstP50, s.latencyP50s());
            n++;
        }
        System.out.printf("| mean (episodes: sum; p50: worst) | %.5f | %d | %.5f | %.5f | %.0f | |%n", precision / n,
                episodes, recall / n, sessionRecall / n, worstP50);
        if (byDay) {
            System.out.println();
            System.out.println("| dataset | sessions shown, days 1–3 | latency p50 s | sessions shown, days 4– | latency p50 s |");
            System.out.println("|---|---|---|---|---|");
            learning.forEach(System.out::println);
            System.out.println();
            System.out.println("| day (all datasets) | observable sessions | shown at the first checkpoint after both reported |");
            System.out.println("|---|---|---|");
            for (int day = 0; day < DAYS_SHOWN; day++) {
                if (observable[day] > 0) {
                    System.out.printf("| %d%s | %d | %.1f %% |%n", day + 1, day == DAYS_SHOWN - 1 ? "+" : "", observable[day],
                            100.0 * atFirstCheckpoint[day] / observable[day]);
                }
            }
            System.out.println();
            System.out.println("| both had reported, before the next checkpoint | sessions ever shown | shown at that checkpoint |");
            System.out.println("|---|---|---|");
            for (int m = 0; m < minutesInStep; m++) {
                int shown = byTimeBefore[m][0] + byTimeBefore[m][1];
                System.out.printf("| %d–%d min | %d | %.1f %% |%n", m, m + 1, shown,
                        shown == 0 ? Double.NaN : 100.0 * byTimeBefore[m][1] / shown);
            }
        }
        if (holds) {
            System.out.println();
            System.out.println("| held at the first checkpoint after both reported, by | days 1–3 | days 4– |");
            System.out.println("|---|---|---|");
            heldBy.forEach((why, count) -> System.out.printf("| %s | %d | %d |%n", why, count[0], count[1]));
        }
    }
}
