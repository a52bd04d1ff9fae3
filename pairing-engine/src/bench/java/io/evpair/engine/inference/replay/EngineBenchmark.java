package io.evpair.engine.inference.replay;

import io.evpair.engine.observations.Observation;
import io.evpair.engine.inference.PairingEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The pairing engine's cost per observation on one thread: each invocation replays a whole generated
 * dataset (every observation in received order, the clock advanced every five minutes) into a fresh engine.
 * Observations per second = the dataset's size / the time per invocation (bench/engine.sh prints both).
 * The dataset folder comes from {@code -Devpair.bench.dataset} (gen_dataset.py output).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class EngineBenchmark {
    private Dataset dataset;
    private List<Observation> feed;
    private PairingEngine engine;

    @Setup(Level.Trial)
    public void load() throws IOException {
        dataset = Dataset.read(Path.of(System.getProperty("evpair.bench.dataset", "/tmp/ds200")));
        feed = new ArrayList<>(dataset.observations().size());
        for (Dataset.Row r : dataset.observations()) {
            feed.add(EvpairEngine.toObservation(r, EvpairEngine.idOf(r.vendorDeviceId())));
        }
        System.out.printf("%n%d observations, %d users%n", feed.size(), dataset.users().size());
    }

    /** Linking the households is set-up, not the per-observation cost. */
    @Setup(Level.Invocation)
    public void freshEngine() {
        EvpairEngine setup = new EvpairEngine();
        setup.setup(dataset);
        engine = setup.engine();
    }

    @Benchmark
    public void replayDataset(Blackhole decisions) {
        Instant next = dataset.start();
        for (Observation o : feed) {
            while (o.receivedAt().isAfter(next)) {
                decisions.consume(engine.advanceTo(next));
                next = next.plus(Duration.ofMinutes(5));
            }
            decisions.consume(engine.onObservation(o));
        }
    }
}
