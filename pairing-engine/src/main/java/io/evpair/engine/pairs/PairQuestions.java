package io.evpair.engine.pairs;

import io.evpair.engine.inference.PairQuestion;
import io.evpair.engine.transaction.Transactions;
import io.evpair.engine.webhooks.EventOutbox;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.UserRef;

/**
 * Keeps the households' open questions where every instance can list them, and tells webhooks of each new one once:
 * a question is new when its charger plug session had none stored, so a rebuild that asks again says nothing.
 */
public class PairQuestions {
    private final PairQuestionStore store;
    private final EventOutbox outbox;
    private final Transactions transactions;

    public PairQuestions(PairQuestionStore store, EventOutbox outbox, Transactions transactions) {
        this.store = store;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    /** What a household rebuilt on this instance starts from: the questions stored for its user. */
    Map<ChargerId, PairQuestion> stored(UserRef userRef) {
        Map<ChargerId, PairQuestion> out = new LinkedHashMap<>();
        store.openOfUser(userRef).forEach(q -> out.put(q.chargerId(), q));
        return out;
    }

    /**
     * Brings the stored questions from {@code before} to {@code now}, and updates {@code before} to match.
     *
     * @param at when, for the event of a new question
     */
    void sync(HouseholdRef household, Map<ChargerId, PairQuestion> before, List<PairQuestion> now, Instant at) {
        Map<ChargerId, PairQuestion> current = new LinkedHashMap<>();
        now.forEach(q -> current.put(q.chargerId(), q));
        if (current.equals(before)) {
            return;
        }
        transactions.inTransaction(() -> {
            List<ChargerId> gone = before.keySet().stream().filter(c -> !current.containsKey(c)).toList();
            if (!gone.isEmpty()) {
                store.close(household.userRef(), gone);
            }
            for (PairQuestion q : current.values()) {
                if (!q.equals(before.get(q.chargerId())) && store.open(household.clientId(), household.userRef(), q)) {
                    outbox.publish(new PairQuestionAsked(household.clientId(), household.userId(), q, at));
                }
            }
        });
        before.clear();
        before.putAll(current);
    }

    /** The user's open questions, for the API. */
    public List<PairQuestion> openOfUser(UserRef userRef) {
        return store.openOfUser(userRef);
    }
}
