package io.evpair.engine.inference;

import java.time.Instant;
import java.util.List;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.VehicleId;

/**
 * A plugged-in charger the engine cannot decide on: two or more free vehicles of the household fit it well enough, and
 * none well enough more than the others. The client can ask its user and answer with an assertion. One charger plug
 * session asks at most one question, named by {@code pluggedInAt}.
 *
 * @param pluggedInAt when the charger's plug-in was received: the session the question is about
 * @param candidates  the vehicles that fit, best first, with the engine's score for each
 */
public record PairQuestion(ChargerId chargerId, Instant pluggedInAt, List<Candidate> candidates) {
    public PairQuestion {
        candidates = List.copyOf(candidates);
    }

    /** @param score summed evidence points; the engine activates from 4 with a clear margin over the rest */
    public record Candidate(VehicleId vehicleId, double score) {
    }
}
