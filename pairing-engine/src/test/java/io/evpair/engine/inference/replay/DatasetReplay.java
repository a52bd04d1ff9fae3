package io.evpair.engine.inference.replay;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Replays a gen_dataset.py folder through an engine in-process, exactly as {@code score.py --engine http}
 * drives the service, and prints score.py's JSON line.
 *
 * <pre>DatasetReplay DIR [--engine evpair|naive] [--step-min 5] [--explain]</pre>
 * {@code --explain} also lists each false pair episode on stderr.
 */
public final class DatasetReplay {
    private DatasetReplay() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: DatasetReplay DIR [--engine evpair|naive] [--step-min 5] [--explain]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        String engineName = "evpair";
        int step = 5;
        boolean explain = false;
        boolean sessions = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--engine" -> engineName = args[++i];
                case "--step-min" -> step = Integer.parseInt(args[++i]);
                case "--explain" -> explain = true;
                case "--sessions" -> sessions = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Dataset d = Dataset.read(dir);
        ReplayEngine engine = switch (engineName) {
            case "evpair" -> new EvpairEngine();
            case "naive" -> new NaiveEngine();
            default -> throw new IllegalArgumentException("unknown engine " + engineName);
        };
        boolean verbose = explain;
        boolean listSessions = sessions;
        ReplayScore score = Scoring.score(engine, d, step,
                w -> {
                    if (verbose) {
                        System.err.println("false pair at " + w.at() + ": " + w.pair());
                    }
                },
                o -> {
                    if (listSessions) {
                        System.err.println("session " + o.session().userId() + " " + o.session().vehicle() + " "
                                + o.session().charger() + " plugged " + o.session().pluggedInAt() + " evidence "
                                + o.evidenceAt() + " latency " + (o.firstShown() == null ? "MISSED"
                                : java.time.Duration.between(o.evidenceAt(), o.firstShown()).toSeconds())
                                + " found " + o.found() + "/" + o.expected());
                    }
                });
        System.out.println(score.toJson());
    }
}
