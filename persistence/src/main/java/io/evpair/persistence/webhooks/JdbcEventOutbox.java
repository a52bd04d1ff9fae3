package io.evpair.persistence.webhooks;

import io.evpair.engine.webhooks.EventOutbox;
import io.evpair.engine.webhooks.WebhookDeliveries;
import io.evpair.engine.webhooks.WebhookEvent;
import java.util.LinkedHashMap;
import java.util.Map;
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
    static final String API_VERSION = "2024-10-01";

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcEventOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void publish(WebhookEvent event) {
        jdbc.sql("""
                        insert into webhook_outbox (webhook_id, event, lane)
                        select id, ?::jsonb, ? from webhook
                        where client_id = ? and active and (cardinality(events) = 0 or ? = any(events))""")
                .params(body(event), WebhookDeliveries.laneOf(event.userId()), event.clientId(), event.event())
                .update();
    }

    /** One look per client first: a client without active webhooks costs one query per change, not one per event. */
    @Override
    public void publishAll(java.util.List<WebhookEvent> events) {
        java.util.Set<UUID> listening = new java.util.HashSet<>();
        java.util.Set<UUID> deaf = new java.util.HashSet<>();
        for (WebhookEvent event : events) {
            UUID client = event.clientId();
            if (!listening.contains(client) && !deaf.contains(client)) {
                boolean any = jdbc.sql("select exists (select 1 from webhook where client_id = ? and active)")
                        .param(client).query(Boolean.class).single();
                (any ? listening : deaf).add(client);
            }
            if (listening.contains(client)) {
                publish(event);
            }
        }
    }

    @Override
    public void publishTo(UUID webhookId, WebhookEvent event) {
        jdbc.sql("insert into webhook_outbox (webhook_id, event, lane) values (?, ?::jsonb, ?)")
                .params(webhookId, body(event), WebhookDeliveries.laneOf(event.userId())).update();
    }

    /** Enode's event envelope: the event name, when, whose, the API version, then the event's own data. */
    private String body(WebhookEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event.event());
        body.put("createdAt", event.createdAt().toString());
        body.put("version", API_VERSION);
        if (event.userId() != null) {
            body.put("user", Map.of("id", event.userId()));
        }
        body.putAll(event.data());
        return json.writeValueAsString(body);
    }
}
