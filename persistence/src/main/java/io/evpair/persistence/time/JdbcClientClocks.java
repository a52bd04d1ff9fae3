package io.evpair.persistence.time;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.time.ClientClocks;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcClientClocks implements ClientClocks {
    private final JdbcClient jdbc;

    JdbcClientClocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> virtualNow(ClientId clientId) {
        return jdbc.sql("select now from simulator_clock where client_id = ?").param(clientId.value())
                .query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
    }

    @Override
    public Instant advance(ClientId clientId, Instant to) {
        // greatest() in one statement: concurrent moves can only ever push the clock forward.
        return jdbc.sql("""
                        insert into simulator_clock (client_id, now) values (?, ?)
                        on conflict (client_id) do update set now = greatest(simulator_clock.now, excluded.now)
                        returning now""")
                .params(clientId.value(), to.atOffset(ZoneOffset.UTC))
                .query(OffsetDateTime.class).single().toInstant();
    }
}
