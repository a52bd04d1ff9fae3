package io.evpair.persistence.linking;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.linking.LinkSession;
import io.evpair.engine.linking.LinkSessionStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Link sessions in plain SQL: a handful of single-row statements, nothing an entity would add to. */
@Component
class JdbcLinkSessionStore implements LinkSessionStore {
    private static final String COLUMNS = """
            s.id, s.client_id, s.user_ref, u.user_id, s.vendor, s.vendor_type, s.scopes, s.language,
            s.redirect_uri, s.token_hash, s.created_at, s.expires_at, s.used_at""";

    private final JdbcClient jdbc;

    JdbcLinkSessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(LinkSession s) {
        jdbc.sql("""
                        insert into link_session (id, client_id, user_ref, vendor, vendor_type, scopes, language,
                                                  redirect_uri, token_hash, created_at, expires_at, used_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), s.clientId().value(), s.userRef().value(), s.vendor().name(), s.vendorType() == null ? null : s.vendorType().name(),
                        String.join(" ", s.scopes()), s.language(), s.redirectUri(), s.tokenHash(),
                        Timestamp.from(s.createdAt()), Timestamp.from(s.expiresAt()),
                        s.usedAt() == null ? null : Timestamp.from(s.usedAt()))
                .update();
    }

    @Override
    public Optional<LinkSession> findByTokenHash(String tokenHash) {
        return jdbc.sql("select " + COLUMNS + " from link_session s join app_user u on u.id = s.user_ref"
                        + " where s.token_hash = ?")
                .param(tokenHash)
                .query(JdbcLinkSessionStore::session)
                .optional();
    }

    @Override
    public Optional<LinkSession> find(UUID sessionId) {
        return jdbc.sql("select " + COLUMNS + " from link_session s join app_user u on u.id = s.user_ref where s.id = ?")
                .param(sessionId)
                .query(JdbcLinkSessionStore::session)
                .optional();
    }

    @Override
    public boolean markUsed(UUID sessionId, Instant at) {
        return jdbc.sql("update link_session set used_at = ? where id = ? and used_at is null")
                .params(Timestamp.from(at), sessionId)
                .update() == 1;
    }

    private static LinkSession session(ResultSet rs, int row) throws SQLException {
        Timestamp usedAt = rs.getTimestamp("used_at");
        String scopes = rs.getString("scopes");
        List<String> scopeList = scopes.isEmpty() ? List.of() : Arrays.asList(scopes.split(" "));
        return new LinkSession(rs.getObject("id", UUID.class), new ClientId(rs.getObject("client_id", UUID.class)),
                new UserRef(rs.getObject("user_ref", UUID.class)), rs.getString("user_id"), new Vendor(rs.getString("vendor")),
                rs.getString("vendor_type") == null ? null : DeviceType.valueOf(rs.getString("vendor_type")), scopeList, rs.getString("language"),
                rs.getString("redirect_uri"), rs.getString("token_hash"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(), usedAt == null ? null : usedAt.toInstant());
    }
}
