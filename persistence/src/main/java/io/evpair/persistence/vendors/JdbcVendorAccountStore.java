package io.evpair.persistence.vendors;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.vendors.VendorAccount;
import io.evpair.engine.vendors.VendorAccountStore;
import io.evpair.engine.vendors.VendorTokens;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Linked vendor accounts, their tokens encrypted by {@link TokenCipher} (the application's bean) before they reach the database. */
@Component
public class JdbcVendorAccountStore implements VendorAccountStore {
    private static final String COLUMNS = "id, client_id, user_ref, vendor, access_token, refresh_token, expires_at,"
            + " needs_relink, updated_at";

    private static final int RESEAL_PAGE = 500;

    private final JdbcClient jdbc;
    private final TokenCipher cipher;

    public JdbcVendorAccountStore(JdbcClient jdbc, TokenCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public VendorAccount save(VendorAccount a) {
        VendorTokens t = a.tokens();
        jdbc.sql("""
                        insert into vendor_account (id, client_id, user_ref, vendor, access_token, refresh_token, expires_at,
                                                    needs_relink, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, false, ?, ?)
                        on conflict (user_ref, vendor) do update set access_token = excluded.access_token,
                            refresh_token = excluded.refresh_token, expires_at = excluded.expires_at, needs_relink = false,
                            updated_at = excluded.updated_at""")
                .params(a.id(), a.clientId().value(), a.userRef().value(), a.vendor().name(), cipher.encrypt(t.accessToken()),
                        t.refreshToken() == null ? null : cipher.encrypt(t.refreshToken()), Timestamp.from(t.expiresAt()),
                        Timestamp.from(a.updatedAt()), Timestamp.from(a.updatedAt()))
                .update();
        return find(a.userRef(), a.vendor()).orElseThrow();
    }

    @Override
    public Optional<VendorAccount> find(UserRef userRef, Vendor vendor) {
        return jdbc.sql("select " + COLUMNS + " from vendor_account where user_ref = ? and vendor = ?")
                .params(userRef.value(), vendor.name()).query(this::account).optional();
    }

    @Override
    public Optional<VendorAccount> lock(UUID accountId) {
        return jdbc.sql("select " + COLUMNS + " from vendor_account where id = ? for update")
                .param(accountId).query(this::account).optional();
    }

    @Override
    public void updateTokens(UUID accountId, VendorTokens t) {
        jdbc.sql("update vendor_account set access_token = ?, refresh_token = coalesce(?, refresh_token), expires_at = ?,"
                        + " updated_at = now() where id = ?")
                .params(cipher.encrypt(t.accessToken()), t.refreshToken() == null ? null : cipher.encrypt(t.refreshToken()),
                        Timestamp.from(t.expiresAt()), accountId)
                .update();
    }

    @Override
    public void markNeedsRelink(UUID accountId) {
        jdbc.sql("update vendor_account set needs_relink = true, updated_at = now() where id = ?").param(accountId).update();
    }

    @Override
    public boolean delete(UserRef userRef, Vendor vendor) {
        return jdbc.sql("delete from vendor_account where user_ref = ? and vendor = ?").params(userRef.value(), vendor.name()).update() > 0;
    }

    @Override
    public Map<UserRef, Set<Vendor>> needingRelink(Collection<UserRef> userRefs) {
        Map<UserRef, Set<Vendor>> needs = new HashMap<>();
        if (userRefs.isEmpty()) {
            return needs;
        }
        jdbc.sql("select user_ref, vendor from vendor_account where needs_relink and user_ref = any(?::uuid[])")
                .param(userRefs.stream().map(u -> u.value().toString()).toArray(String[]::new))
                .query((rs, n) -> Map.entry(new UserRef(rs.getObject(1, UUID.class)), new Vendor(rs.getString(2))))
                .list().forEach(e -> needs.computeIfAbsent(e.getKey(), u -> new HashSet<>()).add(e.getValue()));
        return needs;
    }

    /**
     * Seals again with the current key every token that a previous key sealed (see {@link TokenCipher}), so that the
     * previous keys can be dropped. A row whose tokens changed meanwhile (a refresh on another thread or instance) is
     * left as that write made it: it is sealed with the current key already.
     *
     * @return how many accounts were sealed again
     */
    public int sealWithCurrentKey() {
        if (!cipher.replacesKeys()) {
            return 0;
        }
        record Sealed(UUID id, byte[] access, byte[] refresh) {
        }
        int sealed = 0;
        UUID after = new UUID(0, 0); // PostgreSQL orders uuids as unsigned bytes: this one comes first
        while (true) {
            // pages by id, so that a large table is never held in memory at once
            List<Sealed> page = jdbc.sql("select id, access_token, refresh_token from vendor_account where id > ?"
                            + " order by id limit " + RESEAL_PAGE)
                    .param(after)
                    .query((rs, n) -> new Sealed(rs.getObject(1, UUID.class), rs.getBytes(2), rs.getBytes(3))).list();
            for (Sealed s : page) {
                byte[] access = cipher.resealed(s.access());
                byte[] refresh = s.refresh() == null ? null : cipher.resealed(s.refresh());
                if (access == s.access() && refresh == s.refresh()) {
                    continue; // sealed with the current key already
                }
                sealed += jdbc.sql("""
                                update vendor_account set access_token = ?, refresh_token = ?::bytea
                                where id = ? and access_token = ? and refresh_token is not distinct from ?::bytea""")
                        .params(access, refresh, s.id(), s.access(), s.refresh())
                        .update();
            }
            if (page.size() < RESEAL_PAGE) {
                return sealed;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    private VendorAccount account(ResultSet rs, int row) throws SQLException {
        byte[] refresh = rs.getBytes("refresh_token");
        VendorTokens tokens = new VendorTokens(cipher.decrypt(rs.getBytes("access_token")),
                refresh == null ? null : cipher.decrypt(refresh), rs.getTimestamp("expires_at").toInstant());
        return new VendorAccount(rs.getObject("id", UUID.class), new ClientId(rs.getObject("client_id", UUID.class)),
                new UserRef(rs.getObject("user_ref", UUID.class)), new Vendor(rs.getString("vendor")), tokens, rs.getBoolean("needs_relink"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
