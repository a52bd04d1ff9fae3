package io.evpair.engine.inference.replay;

import io.evpair.engine.observations.Observation;
import io.evpair.engine.inference.PairingEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.openjdk.jol.info.GraphLayout;

/**
 * Engine state per device and per user: replays a dataset into one engine, then measures the retained
 * object graph of the engine (JOL walks it; nothing of the dataset is shared with it except the ids).
 * Measured at the dataset's busiest moment too: the end of a day has sessions open.
 *
 * <pre>EngineFootprint DATASET_DIR</pre>
 */
public final class EngineFootprint {
    private EngineFootprint() {
    }

    public static void main(String[] args) throws Exception {
        Dataset d = Dataset.read(Path.of(args[0]));
        EvpairEngine setup = new EvpairEngine();
        setup.setup(d);
        PairingEngine engine = setup.engine();
        long linked = GraphLayout.parseInstance(engine).totalSize();

        Instant next = d.start();
        long peak = 0;
        int n = 0;
        for (Dataset.Row r : d.observations()) {
            Observation o = EvpairEngine.toObservation(r, EvpairEngine.idOf(r.vendorDeviceId()));
            while (o.receivedAt().isAfter(next)) {
                engine.advanceTo(next);
                next = next.plus(Duration.ofMinutes(5));
            }
            engine.onObservation(o);
            if (++n % (d.observations().size() / 8) == 0) {
                peak = Math.max(peak, GraphLayout.parseInstance(engine).totalSize());
            }
        }
        long end = GraphLayout.parseInstance(engine).totalSize();
        peak = Math.max(peak, end);
        int users = d.users().size();
        long devices = d.users().stream().mapToLong(u -> u.vehicles().size() + u.chargers().size()).sum();
        System.out.printf("users %d, devices %d, observations %d%n", users, devices, n);
        System.out.printf("linked only: %d bytes = %.0f bytes/device%n", linked, (double) linked / devices);
        System.out.printf("after replay: %d bytes = %.0f bytes/device, %.0f bytes/user%n", end, (double) end / devices,
                (double) end / users);
        System.out.printf("peak of 8 samples: %d bytes = %.0f bytes/device, %.0f bytes/user%n", peak,
                (double) peak / devices, (double) peak / users);
    }
}
