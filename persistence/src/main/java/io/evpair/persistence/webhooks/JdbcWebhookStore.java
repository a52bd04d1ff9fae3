package io.evpair.persistence.webhooks;

import static io.evpair.persistence.sql.ResultSets.instant;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.webhooks.Webhook;
import io.evpair.engine.webhooks.WebhookEventType;
import io.evpair.engine.webhooks.WebhookStore;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcWebhookStore implements WebhookStore {
    private final JdbcClient jdbc;

    JdbcWebhookStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Webhook w) {
        jdbc.sql("""
                        insert into webhook (id, client_id, url, secret, events, active, created_at, updated_at)
                        values (?, ?, ?, ?, ?::text[], ?, ?, ?)""")
                .params(w.id(), w.clientId().value(), w.url(), w.secret(), w.events().stream().map(WebhookEventType::wireName).toArray(String[]::new), w.active(),
                        utc(w.createdAt()), utc(w.updatedAt()))
                .update();
    }

    @Override
    public void update(Webhook w) {
        jdbc.sql("""
                        update webhook set url = ?, secret = ?, events = ?::text[], active = ?, updated_at = ?,
                            failing_since = ?, last_failure = ? where id = ? and client_id = ?""")
                .params(w.url(), w.secret(), w.events().stream().map(WebhookEventType::wireName).toArray(String[]::new), w.active(), utc(w.updatedAt()),
                        utc(w.failingSince()), w.lastFailure(), w.id(), w.clientId().value())
                .update();
    }

    @Override
    public Optional<Webhook> find(ClientId clientId, UUID webhookId) {
        return jdbc.sql("select * from webhook where client_id = ? and id = ?").params(clientId.value(), webhookId)
                .query((rs, n) -> read(rs)).optional();
    }

    @Override
    public List<Webhook> ofClient(ClientId clientId) {
        return jdbc.sql("select * from webhook where client_id = ? order by created_at desc, id").param(clientId.value())
                .query((rs, n) -> read(rs)).list();
    }

    @Override
    public boolean delete(ClientId clientId, UUID webhookId) {
        return jdbc.sql("delete from webhook where client_id = ? and id = ?").params(clientId.value(), webhookId).update() == 1;
    }

    static Webhook read(ResultSet rs) throws SQLException {
        Array events = rs.getArray("events");
        return new Webhook(rs.getObject("id", UUID.class), new ClientId(rs.getObject("client_id", UUID.class)), rs.getString("url"),
                rs.getString("secret"), Arrays.stream((String[]) events.getArray())
                        .map(name -> WebhookEventType.subscribable(name).orElseThrow()).toList(), rs.getBoolean("active"),
                instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "last_success_at"),
                instant(rs, "failing_since"), rs.getString("last_failure"));
    }


    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
