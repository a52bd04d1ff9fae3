package io.evpair.persistence.webhooks;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.webhooks.EventOutbox;
import io.evpair.engine.webhooks.WebhookDeliveries;
import io.evpair.engine.webhooks.DomainEvent;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one outbox row per subscribed active webhook, in the caller's transaction. A client without webhooks
 * costs one cheap insert-select that inserts nothing.
 */
@Component
class JdbcEventOutbox implements EventOutbox {
    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcEventOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void publish(DomainEvent event) {
        jdbc.sql("""
                        insert into webhook_outbox (webhook_id, event, lane)
                        select id, ?::jsonb, ? from webhook
                        where client_id = ? and active and (cardinality(events) = 0 or ? = any(events))""")
                .params(body(event), WebhookDeliveries.laneOf(event.userId()), event.clientId().value(), event.type().wireName())
                .update();
    }

    /** One look per client first: a client without active webhooks costs one query per change, not one per event. */
    @Override
    public void publishAll(java.util.List<? extends DomainEvent> events) {
        java.util.Set<ClientId> listening = new java.util.HashSet<>();
        java.util.Set<ClientId> deaf = new java.util.HashSet<>();
        for (DomainEvent event : events) {
            ClientId client = event.clientId();
            if (!listening.contains(client) && !deaf.contains(client)) {
                boolean any = jdbc.sql("select exists (select 1 from webhook where client_id = ? and active)")
                        .param(client.value()).query(Boolean.class).single();
                (any ? listening : deaf).add(client);
            }
            if (listening.contains(client)) {
                publish(event);
            }
        }
    }

    @Override
    public void publishTo(UUID webhookId, DomainEvent event) {
        jdbc.sql("insert into webhook_outbox (webhook_id, event, lane) values (?, ?::jsonb, ?)")
                .params(webhookId, body(event), WebhookDeliveries.laneOf(event.userId())).update();
    }

    private String body(DomainEvent event) {
        return json.writeValueAsString(EnodeEventBodies.body(event));
    }
}
