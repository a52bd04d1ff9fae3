package io.evpair.engine.inference.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * score.py's baseline, line for line: plug-in times within ten minutes, single candidate on both sides.
 * Its only job is to prove that {@link Scoring} computes the same figures as score.py.
 */
final class NaiveEngine implements ReplayEngine {
    private static final Duration WINDOW = Duration.ofMinutes(10);

    private final Map<String, String> owner = new LinkedHashMap<>();
    private final Map<String, Boolean> isVehicle = new HashMap<>();
    private final Map<String, Instant> state = new HashMap<>();
    private final Set<Pair> pair = new LinkedHashSet<>();

    @Override
    public void setup(Dataset dataset) {
        for (Dataset.User u : dataset.users()) {
            for (Dataset.VehicleSpec v : u.vehicles()) {
                owner.put(v.vendorDeviceId(), u.userId());
                isVehicle.put(v.vendorDeviceId(), true);
            }
            for (Dataset.ChargerSpec c : u.chargers()) {
                owner.put(c.vendorDeviceId(), u.userId());
                isVehicle.put(c.vendorDeviceId(), false);
            }
        }
    }

    @Override
    public void ingest(List<Dataset.Row> rows) {
        for (Dataset.Row o : rows) {
            String d = o.vendorDeviceId();
            boolean plugged = Boolean.TRUE.equals(o.isPluggedIn()) || Boolean.TRUE.equals(o.isCharging());
            Instant prev = state.get(d);
            if (plugged && prev == null) {
                state.put(d, o.observedAt());
            } else if (!plugged && Boolean.FALSE.equals(o.isPluggedIn())) {
                state.put(d, null);
                pair.removeIf(p -> p.vehicle().equals(d) || p.charger().equals(d));
            }
            match(owner.get(d));
        }
    }

    private void match(String user) {
        List<String> vs = new ArrayList<>();
        List<String> cs = new ArrayList<>();
        for (Map.Entry<String, String> e : owner.entrySet()) {
            String d = e.getKey();
            if (!e.getValue().equals(user) || state.get(d) == null) {
                continue;
            }
            if (isVehicle.get(d)) {
                if (pair.stream().noneMatch(p -> p.vehicle().equals(d))) {
                    vs.add(d);
                }
            } else if (pair.stream().noneMatch(p -> p.charger().equals(d))) {
                cs.add(d);
            }
        }
        for (String v : vs) {
            List<String> cands = new ArrayList<>();
            for (String c : cs) {
                if (within(state.get(v), state.get(c))) {
                    cands.add(c);
                }
            }
            if (cands.size() == 1) {
                int back = 0;
                for (String x : vs) {
                    if (within(state.get(x), state.get(cands.get(0)))) {
                        back++;
                    }
                }
                if (back == 1) {
                    pair.add(new Pair(v, cands.get(0)));
                }
            }
        }
    }

    private static boolean within(Instant a, Instant b) {
        return Duration.between(a, b).abs().compareTo(WINDOW) <= 0;
    }

    @Override
    public void advance(Instant now) {
    }

    @Override
    public Set<Pair> pairs() {
        return Set.copyOf(pair);
    }
}
