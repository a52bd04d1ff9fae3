package io.evpair.engine.inference.replay;

import io.evpair.engine.observations.Observation;
import io.evpair.engine.inference.PairingEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Engine throughput on one core: every observation of a dataset, in received order, with the clock advanced
 * every five minutes, and nothing else (no scoring, no JSON).
 *
 * <pre>ReplayBenchmark DIR [rounds]</pre>
 */
public final class ReplayBenchmark {
    private ReplayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Dataset d = Dataset.read(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Observation> feed = new ArrayList<>(d.observations().size());
        for (Dataset.Row r : d.observations()) {
            feed.add(EvpairEngine.toObservation(r, EvpairEngine.idOf(r.vendorDeviceId())));
        }
        for (int round = 1; round <= rounds; round++) {
            EvpairEngine setup = new EvpairEngine();
            setup.setup(d);
            PairingEngine engine = setup.engine();
            long t0 = System.nanoTime();
            Instant next = d.start();
            long decisions = 0;
            for (Observation o : feed) {
                while (o.receivedAt().isAfter(next)) {
                    decisions += engine.advanceTo(next).size();
                    next = next.plus(Duration.ofMinutes(5));
                }
                decisions += engine.onObservation(o).size();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("round %d: %d observations in %.3f s = %.0f observations/s, %d decisions%n",
                    round, feed.size(), s, feed.size() / s, decisions);
        }
    }
}
