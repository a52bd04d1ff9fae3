package io.evpair.persistence.vendors;

import io.evpair.engine.vendors.AuthorizationState;
import io.evpair.engine.vendors.AuthorizationStateStore;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** OAuth2 states handed to vendors; consuming one is a single conditional update, so only one callback wins. */
@Component
class JdbcAuthorizationStateStore implements AuthorizationStateStore {
    private final JdbcClient jdbc;

    JdbcAuthorizationStateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(AuthorizationState s) {
        jdbc.sql("insert into vendor_authorization (state_hash, link_session_id, code_verifier, redirect_uri, created_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(s.stateHash(), s.linkSessionId(), s.codeVerifier(), s.redirectUri(), Timestamp.from(s.createdAt()))
                .update();
    }

    @Override
    public Optional<AuthorizationState> consume(String stateHash, Instant at) {
        return jdbc.sql("""
                        update vendor_authorization set used_at = ? where state_hash = ? and used_at is null
                        returning state_hash, link_session_id, code_verifier, redirect_uri, created_at""")
                .params(Timestamp.from(at), stateHash)
                .query((rs, n) -> new AuthorizationState(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .optional();
    }
}
