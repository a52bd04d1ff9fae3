package io.evpair.engine.pairs;

import io.evpair.engine.inference.PairQuestion;
import java.util.List;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;

/**
 * Storage port for the open questions of the households, so that any instance can list them. One row per charger:
 * a charger is in at most one plug session, so at most one question.
 */
public interface PairQuestionStore {
    /** The user's open questions, in the order they were asked. */
    List<PairQuestion> openOfUser(UserRef userRef);

    /**
     * Stores the question (replacing the charger's earlier one, or its candidates' scores).
     *
     * @return whether it is new: no question of the same charger plug session was stored before
     */
    boolean open(ClientId clientId, UserRef userRef, PairQuestion question);

    /** Forgets the questions of these chargers: decided, unplugged, or no longer in doubt. */
    void close(UserRef userRef, List<ChargerId> chargerIds);
}
