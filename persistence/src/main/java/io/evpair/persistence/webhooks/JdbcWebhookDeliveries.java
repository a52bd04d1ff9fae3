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
    public List<Lane> dueLanes(Instant now, int limit) {
        return jdbc.sql("""
                        select head.webhook_id, head.lane
                        from (select distinct on (webhook_id, lane) webhook_id, lane, next_attempt_at from webhook_outbox
                              where delivered_at is null order by webhook_id, lane, id) head
                        join webhook w on w.id = head.webhook_id
                        where w.active and head.next_attempt_at <= ? limit ?""")
                .params(utc(now), limit)
                .query((rs, n) -> new Lane(rs.getObject(1, UUID.class), rs.getInt(2))).list();
    }

    @Override
    @Transactional
    public Optional<Batch> lease(Lane lane, int max, Instant now, Duration lease) {
        // One leaser per lane at a time, across instances; a busy lane is skipped, not waited for.
        boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(hashtext(?), ?)")
                .params(lane.webhookId().toString(), lane.lane()).query(Boolean.class).single();
        if (!mine) {
            return Optional.empty();
        }
        // Not "and active": dueLanes already skips inactive webhooks, and a lease a sender took just before its
        // webhook was switched off is then still honoured.
        Optional<Webhook> webhook = jdbc.sql("select * from webhook where id = ?").param(lane.webhookId())
                .query((rs, n) -> JdbcWebhookStore.read(rs)).optional();
        if (webhook.isEmpty()) {
            return Optional.empty();
        }
        List<Long> ids = new ArrayList<>();
        List<String> events = new ArrayList<>();
        int[] attempts = {0};
        jdbc.sql("""
                        with head as (select id, next_attempt_at from webhook_outbox
                                      where webhook_id = ? and lane = ? and delivered_at is null
                                      order by id limit ?)
                        update webhook_outbox o set next_attempt_at = ?, attempts = o.attempts + 1
                        from head
                        where o.id = head.id and (select next_attempt_at from head order by id limit 1) <= ?
                        returning o.id, o.event::text, o.attempts""")
                .params(lane.webhookId(), lane.lane(), max, utc(now.plus(lease)), utc(now))
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
