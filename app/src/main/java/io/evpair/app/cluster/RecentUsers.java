package io.evpair.app.cluster;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ingest.UserScope;
import io.evpair.engine.pairs.Households;
import io.evpair.engine.time.EngineTime;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The users whose pairing state a new owner rebuilds before it decides anything: those with a device heard
 * from within the rebuild window, on their client's engine clock. Others have nothing to rebuild; their
 * household is built on their next observation.
 */
final class RecentUsers {
    private final JdbcClient jdbc;
    private final EngineTime time;
    private final Duration window;

    RecentUsers(JdbcClient jdbc, EngineTime time, Duration window) {
        this.jdbc = jdbc;
        this.time = time;
        this.window = window;
    }

    /** Rebuilds each recent user in {@code scope}; returns how many. */
    int rebuild(UserScope scope, Households pairing) {
        record User(ClientId clientId, UserRef userRef) {
        }
        var users = jdbc.sql("""
                        select distinct d.client_id, d.user_ref
                        from (select id, client_id, user_ref from vehicle union all select id, client_id, user_ref from charger) d
                        join device_state s on s.device_id = d.id
                        left join simulator_clock c on c.client_id = d.client_id
                        where s.last_seen >= coalesce(c.now, now()) - make_interval(secs => ?)""")
                .param(window.toSeconds())
                .query((rs, n) -> new User(new ClientId(rs.getObject(1, UUID.class)), new UserRef(rs.getObject(2, UUID.class)))).list();
        int rebuilt = 0;
        for (User u : users) {
            if (scope.includes(u.userRef())) {
                pairing.rebuild(u.clientId(), u.userRef(), time.now(u.clientId()));
                rebuilt++;
            }
        }
        return rebuilt;
    }
}
