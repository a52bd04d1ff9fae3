package io.evpair.persistence.webhooks;

import io.evpair.engine.webhooks.Webhook;
import io.evpair.engine.webhooks.WebhookDeliveries;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcWebhookDeliveries implements WebhookDeliveries {
    private final JdbcClient jdbc;

    JdbcWebhookDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UUID> webhooksWithDueDeliveries(Instant now, int limit) {
        return jdbc.sql("""
                        select distinct o.webhook_id from webhook_outbox o join webhook w on w.id = o.webhook_id
                        where o.delivered_at is null and o.next_attempt_at <= ? and w.active limit ?""")
                .params(utc(now), limit).query(UUID.class).list();
    }

    @Override
    @Transactional
    public Optional<Batch> lease(UUID webhookId, int max, Instant now, Duration lease) {
        Optional<Webhook> webhook = jdbc.sql("select * from webhook where id = ? and active").param(webhookId)
                .query((rs, n) -> JdbcWebhookStore.read(rs)).optional();
        if (webhook.isEmpty()) {
            return Optional.empty();
        }
        List<Long> ids = new ArrayList<>();
        List<String> events = new ArrayList<>();
        int[] attempts = {0};
        jdbc.sql("""
                        update webhook_outbox set next_attempt_at = ?, attempts = attempts + 1
                        where id in (select id from webhook_outbox
                                     where webhook_id = ? and delivered_at is null and next_attempt_at <= ?
                                     order by id limit ? for update skip locked)
                        returning id, event::text, attempts""")
                .params(utc(now.plus(lease)), webhookId, utc(now), max)
                .query((rs, n) -> {
                    ids.add(rs.getLong(1));
                    events.add(rs.getString(2));
                    attempts[0] = Math.max(attempts[0], rs.getInt(3));
                    return null;
                }).list();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        // RETURNING does not keep the subquery's order; deliveries go oldest first.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Long.compare(ids.get(a), ids.get(b)));
        return Optional.of(new Batch(webhook.get(), order.stream().map(ids::get).toList(),
                order.stream().map(events::get).toList(), attempts[0]));
    }

    @Override
    @Transactional
    public void delivered(Batch batch, Instant now) {
        jdbc.sql("update webhook_outbox set delivered_at = ? where id = any(?::bigint[])")
                .params(utc(now), ids(batch)).update();
        jdbc.sql("update webhook set last_success_at = ?, failing_since = null, last_failure = null where id = ?")
                .params(utc(now), batch.webhook().id()).update();
    }

    @Override
    @Transactional
    public void failed(Batch batch, Instant now, Instant retryAt, String reason, Duration giveUpAfter) {
        jdbc.sql("update webhook_outbox set next_attempt_at = ? where id = any(?::bigint[])")
                .params(utc(retryAt), ids(batch)).update();
        jdbc.sql("""
                        update webhook set failing_since = coalesce(failing_since, ?), last_failure = ?,
                            active = coalesce(failing_since, ?) > ?
                        where id = ?""")
                .params(utc(now), reason, utc(now), utc(now.minus(giveUpAfter)), batch.webhook().id()).update();
    }

    private static String[] ids(Batch batch) {
        return batch.ids().stream().map(String::valueOf).toArray(String[]::new);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
