package io.evpair.engine.inference.replay;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Replays several gen_dataset.py folders in one JVM and prints one row per folder and the means, as a Markdown
 * table: what {@code bench/pairing-seeds.sh} prints for seeds 1–6 with and without {@code --identity}.
 *
 * <pre>SeedTable DIR... [--explain]</pre>
 */
public final class SeedTable {
    private SeedTable() {
    }

    public static void main(String[] args) throws IOException {
        boolean explain = java.util.Arrays.asList(args).contains("--explain");
        System.out.println("| dataset | precision | false pair episodes | recall | session recall | latency p50 s | p95 s |");
        System.out.println("|---|---|---|---|---|---|---|");
        double precision = 0;
        double recall = 0;
        double sessionRecall = 0;
        int episodes = 0;
        double worstP50 = 0;
        int n = 0;
        for (String arg : args) {
            if (arg.equals("--explain")) {
                continue;
            }
            boolean verbose = explain;
            ReplayScore s = Scoring.score(new EvpairEngine(), Dataset.read(Path.of(arg)), 5, w -> {
                if (verbose) {
                    System.err.println(arg + " false pair at " + w.at() + ": " + w.pair());
                }
            }, o -> { });
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
    }
}
