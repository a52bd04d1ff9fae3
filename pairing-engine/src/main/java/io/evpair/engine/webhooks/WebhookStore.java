package io.evpair.engine.webhooks;

import io.evpair.engine.ids.ClientId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage port for webhooks. */
public interface WebhookStore {
    void insert(Webhook webhook);

    void update(Webhook webhook);

    Optional<Webhook> find(ClientId clientId, UUID webhookId);

    List<Webhook> ofClient(ClientId clientId);

    boolean delete(ClientId clientId, UUID webhookId);
}
