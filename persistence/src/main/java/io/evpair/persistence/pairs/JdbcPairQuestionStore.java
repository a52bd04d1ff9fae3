package io.evpair.persistence.pairs;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.inference.PairQuestion;
import io.evpair.engine.pairs.PairQuestionStore;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Component
class JdbcPairQuestionStore implements PairQuestionStore {
    private static final TypeReference<List<Map<String, Object>>> CANDIDATES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcPairQuestionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PairQuestion> openOfUser(UserRef userRef) {
        return jdbc.sql("""
                        select charger_id, plugged_in_at, candidates::text as candidates from pair_question
                        where user_ref = ? order by asked_at, charger_id""")
                .param(userRef.value())
                .query((rs, n) -> new PairQuestion(new ChargerId(rs.getObject("charger_id", UUID.class)),
                        rs.getObject("plugged_in_at", java.time.OffsetDateTime.class).toInstant(),
                        json.readValue(rs.getString("candidates"), CANDIDATES).stream()
                                .map(c -> new PairQuestion.Candidate(new VehicleId(UUID.fromString((String) c.get("vehicleId"))),
                                        ((Number) c.get("score")).doubleValue())).toList()))
                .list();
    }

    /** New unless the same plug session was stored: {@code previous} sees the row as it was before the upsert. */
    @Override
    public boolean open(ClientId clientId, UserRef userRef, PairQuestion q) {
        String candidates = json.writeValueAsString(q.candidates().stream()
                .map(c -> Map.of("vehicleId", c.vehicleId().toString(), "score", c.score())).toList());
        var session = q.pluggedInAt().atOffset(ZoneOffset.UTC);
        return jdbc.sql("""
                        with previous as (select plugged_in_at from pair_question where charger_id = ?)
                        insert into pair_question (charger_id, client_id, user_ref, plugged_in_at, candidates)
                        values (?, ?, ?, ?, ?::jsonb)
                        on conflict (charger_id) do update set candidates = excluded.candidates,
                            user_ref = excluded.user_ref, client_id = excluded.client_id,
                            plugged_in_at = excluded.plugged_in_at,
                            asked_at = case when pair_question.plugged_in_at = excluded.plugged_in_at
                                            then pair_question.asked_at else now() end
                        returning not exists (select 1 from previous where plugged_in_at = ?)""")
                .params(q.chargerId().value(), q.chargerId().value(), clientId.value(), userRef.value(), session, candidates,
                        session)
                .query(Boolean.class).single();
    }

    @Override
    public void close(UserRef userRef, List<ChargerId> chargerIds) {
        jdbc.sql("delete from pair_question where user_ref = ? and charger_id = any(?::uuid[])")
                .params(userRef.value(), chargerIds.stream().map(ChargerId::toString).toArray(String[]::new))
                .update();
    }
}
