package io.evpair.engine.devices;

import io.evpair.engine.observations.GeoPoint;
import io.evpair.engine.ids.DeviceType;
import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.engine.observations.Observation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The projection must not depend on the order reports arrive in, nor on repeated deliveries. Each seed
 * draws a random history; a failure names its seed, which reproduces it.
 */
class DeviceStatePropertyTest {
    private static final UUID DEVICE = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void completeReportsInAnyOrderEndInTheNewestOne(long seed) {
        List<Observation> reports = completeReports(1 + (int) (seed % 40), seed);
        List<Observation> shuffled = new ArrayList<>(reports);
        Collections.shuffle(shuffled, new Random(seed));

        DeviceState inOrder = project(reports);
        DeviceState anyOrder = project(shuffled);

        assertThat(anyOrder).isEqualTo(inOrder);
        Observation newest = reports.get(reports.size() - 1);
        assertThat(anyOrder.lastUpdated()).isEqualTo(newest.observedAt());
        assertThat(anyOrder.batteryLevel()).isEqualTo(newest.batteryLevel());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void deliveringEveryReportTwiceChangesNothing(long seed) {
        List<Observation> reports = completeReports(1 + (int) (seed % 40), seed);
        List<Observation> twice = new ArrayList<>();
        reports.forEach(o -> {
            twice.add(o);
            twice.add(o);
        });

        assertThat(project(twice)).isEqualTo(project(reports));
    }

    private static DeviceState project(List<Observation> reports) {
        DeviceState state = DeviceState.unknown(DEVICE, DeviceType.VEHICLE);
        for (Observation o : reports) {
            state = state.apply(o);
        }
        return state;
    }

    /** Reports with every field set and strictly increasing observedAt; received in a window after. */
    private static List<Observation> completeReports(int count, long seed) {
        Random random = new Random(seed);
        List<Observation> out = new ArrayList<>();
        Instant observed = T0;
        for (int i = 0; i < count; i++) {
            observed = observed.plusSeconds(1 + random.nextInt(600));
            Instant received = observed.plusSeconds(random.nextInt(300));
            boolean plugged = random.nextBoolean();
            boolean charging = plugged && random.nextBoolean();
            out.add(new Observation(DEVICE, DeviceType.VEHICLE, observed, received, plugged, charging,
                    charging ? random.nextDouble() * 11 : 0.0, (double) random.nextInt(101),
                    new GeoPoint(59 + random.nextDouble(), 10 + random.nextDouble()), null));
        }
        return out;
    }
}
