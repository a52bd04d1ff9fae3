package io.evpair.engine.webhooks;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.transaction.Transactions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Use cases on a client's webhooks: register, read, change, delete, send a test event. */
public class Webhooks {
    private final WebhookStore store;
    private final EventOutbox outbox;
    private final WebhookUrlPolicy urls;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Webhooks(WebhookStore store, EventOutbox outbox, WebhookUrlPolicy urls, Transactions transactions, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.urls = urls;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Thrown for a field the client must correct; {@code field} names it. */
    public static class InvalidWebhookException extends RuntimeException {
        private final String field;

        public InvalidWebhookException(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** @param events the wire names of the events to receive ({@code user:vehicle:updated}, …); all when empty */
    public Webhook create(ClientId clientId, String url, Optional<String> secret, List<String> events) {
        List<WebhookEventType> types = check(url, events);
        Instant now = clock.instant();
        Webhook webhook = new Webhook(UUID.randomUUID(), clientId, url, secret.orElseGet(this::newSecret), types, true,
                now, now, null, null, null);
        store.insert(webhook);
        return webhook;
    }

    public List<Webhook> list(ClientId clientId) {
        return store.ofClient(clientId);
    }

    public Optional<Webhook> find(ClientId clientId, UUID id) {
        return store.find(clientId, id);
    }

    /** Changes what is given; re-enabling ({@code active=true}) clears the failure run. */
    public Optional<Webhook> update(ClientId clientId, UUID id, Optional<String> url, Optional<String> secret,
                                    Optional<List<String>> events, Optional<Boolean> active) {
        return store.find(clientId, id).map(w -> {
            List<WebhookEventType> types = check(url.orElse(w.url()),
                    events.orElse(w.events().stream().map(WebhookEventType::wireName).toList()));
            boolean reactivated = active.orElse(w.active()) && !w.active();
            Webhook changed = new Webhook(w.id(), w.clientId(), url.orElse(w.url()), secret.orElse(w.secret()),
                    types, active.orElse(w.active()), w.createdAt(), clock.instant(),
                    w.lastSuccessAt(), reactivated ? null : w.failingSince(), reactivated ? null : w.lastFailure());
            store.update(changed);
            return changed;
        });
    }

    public boolean delete(ClientId clientId, UUID id) {
        return store.delete(clientId, id);
    }

    /** Queues an {@code enode:webhook:test} event for this webhook only. */
    public Optional<Webhook> sendTest(ClientId clientId, UUID id) {
        return store.find(clientId, id).map(w -> {
            transactions.inTransaction(() -> outbox.publishTo(w.id(), new WebhookTested(clientId, w.id(), clock.instant())));
            return w;
        });
    }

    /** Checks the address and reads the event names; throws naming the first field that is wrong. */
    private List<WebhookEventType> check(String url, List<String> events) {
        if (url == null || url.isBlank()) {
            throw new InvalidWebhookException("url", "is required");
        }
        urls.refusal(url).ifPresent(reason -> {
            throw new InvalidWebhookException("url", reason);
        });
        List<WebhookEventType> types = new java.util.ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            int index = i;
            types.add(WebhookEventType.subscribable(events.get(i)).orElseThrow(() -> new InvalidWebhookException(
                    "events[" + index + "]", "must be one of " + WebhookEventType.subscribableNames())));
        }
        return types;
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
