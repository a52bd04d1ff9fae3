package io.evpair.engine.testing;

import io.evpair.engine.inference.PairQuestion;
import io.evpair.engine.pairs.PairQuestionStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;

/** The open questions in memory, one per charger, as the PostgreSQL store keeps them. */
public final class InMemoryPairQuestions implements PairQuestionStore {
    private record Row(UserRef userRef, PairQuestion question) {
    }

    private final Map<ChargerId, Row> byCharger = new LinkedHashMap<>();

    @Override
    public synchronized List<PairQuestion> openOfUser(UserRef userRef) {
        List<PairQuestion> out = new ArrayList<>();
        byCharger.values().stream().filter(r -> r.userRef().equals(userRef)).forEach(r -> out.add(r.question()));
        return out;
    }

    @Override
    public synchronized boolean open(ClientId clientId, UserRef userRef, PairQuestion question) {
        Row previous = byCharger.put(question.chargerId(), new Row(userRef, question));
        return previous == null || !previous.question().pluggedInAt().equals(question.pluggedInAt());
    }

    @Override
    public synchronized void close(UserRef userRef, List<ChargerId> chargerIds) {
        chargerIds.forEach(byCharger::remove);
    }
}
