package io.evpair.engine.inference.replay;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What score.py drives: set-up, batches of observations, the clock, and the active pairs. */
interface ReplayEngine {
    record Pair(String vehicle, String charger) {
    }

    void setup(Dataset dataset);

    void ingest(List<Dataset.Row> rows);

    void advance(Instant now);

    Set<Pair> pairs();

    /** Why the pair is not shown now, for diagnosis; null when the engine cannot say. */
    default String whyNotShown(Pair pair) {
        return null;
    }
}
