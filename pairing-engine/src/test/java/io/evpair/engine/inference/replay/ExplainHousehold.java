package io.evpair.engine.inference.replay;

import io.evpair.engine.inference.HouseholdDiagnosis;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Diagnosis: replays one user of a dataset and prints the candidate assessments between two instants. */
public final class ExplainHousehold {
    private ExplainHousehold() {
    }

    public static void main(String[] args) throws Exception {
        Dataset d = Dataset.read(Path.of(args[0]));
        String user = args[1];
        Instant from = Instant.parse(args[2]);
        Instant to = Instant.parse(args[3]);
        EvpairEngine e = new EvpairEngine();
        e.setup(d);
        List<Dataset.Row> rows = d.observations();
        int i = 0;
        for (Instant t = d.start(); !t.isAfter(to); t = t.plus(Duration.ofMinutes(5))) {
            int j = i;
            while (j < rows.size() && !rows.get(j).receivedAt().isAfter(t)) {
                j++;
            }
            e.ingest(rows.subList(i, j));
            i = j;
            e.advance(t);
            if (!t.isBefore(from)) {
                System.out.println("== " + t + " pairs " + e.pairs());
                for (String line : HouseholdDiagnosis.explain(e.engine(), user)) {
                    for (Dataset.User u : d.users()) {
                        for (var v : u.vehicles()) {
                            line = line.replace(EvpairEngine.idOf(v.vendorDeviceId()).toString(), v.vendorDeviceId());
                        }
                        for (var c : u.chargers()) {
                            line = line.replace(EvpairEngine.idOf(c.vendorDeviceId()).toString(), c.vendorDeviceId());
                        }
                    }
                    System.out.println("  " + line);
                }
            }
        }
    }
}
