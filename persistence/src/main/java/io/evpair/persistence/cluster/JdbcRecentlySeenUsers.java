package io.evpair.persistence.cluster;

import io.evpair.engine.cluster.RecentlySeenUsers;
import java.time.Duration;
import java.util.List;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Recent users from {@code device_state.last_seen}, against the client's simulated clock when it has one. */
@Component
final class JdbcRecentlySeenUsers implements RecentlySeenUsers {
    private final JdbcClient jdbc;

    JdbcRecentlySeenUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ClientUser> seenWithin(Duration window) {
        return jdbc.sql("""
                        select distinct d.client_id, d.user_ref
                        from (select id, client_id, user_ref from vehicle union all select id, client_id, user_ref from charger) d
                        join device_state s on s.device_id = d.id
                        left join simulator_clock c on c.client_id = d.client_id
                        where s.last_seen >= coalesce(c.now, now()) - make_interval(secs => ?)""")
                .param(window.toSeconds())
                .query((rs, n) -> new ClientUser(new ClientId(rs.getObject(1, UUID.class)),
                        new UserRef(rs.getObject(2, UUID.class)))).list();
    }
}
