package io.evpair.engine.webhooks;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage port for webhooks. */
public interface WebhookStore {
    void insert(Webhook webhook);

    void update(Webhook webhook);

    Optional<Webhook> find(UUID clientId, UUID webhookId);

    List<Webhook> ofClient(UUID clientId);

    boolean delete(UUID clientId, UUID webhookId);
}
