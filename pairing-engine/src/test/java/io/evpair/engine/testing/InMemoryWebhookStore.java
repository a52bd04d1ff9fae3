package io.evpair.engine.testing;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.webhooks.Webhook;
import io.evpair.engine.webhooks.WebhookStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Webhooks by id, scoped by client as the stored ones are. */
public final class InMemoryWebhookStore implements WebhookStore {
    private final Map<UUID, Webhook> webhooks = new ConcurrentHashMap<>();

    @Override
    public void insert(Webhook webhook) {
        webhooks.put(webhook.id(), webhook);
    }

    @Override
    public void update(Webhook webhook) {
        webhooks.put(webhook.id(), webhook);
    }

    @Override
    public Optional<Webhook> find(ClientId clientId, UUID webhookId) {
        return Optional.ofNullable(webhooks.get(webhookId)).filter(w -> w.clientId().equals(clientId));
    }

    @Override
    public List<Webhook> ofClient(ClientId clientId) {
        return webhooks.values().stream().filter(w -> w.clientId().equals(clientId)).toList();
    }

    @Override
    public boolean delete(ClientId clientId, UUID webhookId) {
        return find(clientId, webhookId).map(w -> webhooks.remove(w.id()) != null).orElse(false);
    }
}
