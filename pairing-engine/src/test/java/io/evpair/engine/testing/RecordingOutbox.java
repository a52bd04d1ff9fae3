package io.evpair.engine.testing;

import io.evpair.engine.webhooks.EventOutbox;
import io.evpair.engine.webhooks.WebhookEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The outbox as the engine sees it: every published event, in order. Publishing outside a unit of work breaks the
 * outbox's promise (an event for a change that may roll back), so it fails the test at once.
 */
public final class RecordingOutbox implements EventOutbox {
    private final InMemoryTransactions transactions;
    private final List<WebhookEvent> events = new ArrayList<>();
    private final List<UUID> targetedWebhooks = new ArrayList<>();

    public RecordingOutbox(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized void publish(WebhookEvent event) {
        requireTransaction(event);
        events.add(event);
    }

    @Override
    public synchronized void publishTo(UUID webhookId, WebhookEvent event) {
        requireTransaction(event);
        events.add(event);
        targetedWebhooks.add(webhookId);
    }

    private void requireTransaction(WebhookEvent event) {
        if (!transactions.isOpen()) {
            throw new IllegalStateException(event.event() + " published outside a transaction");
        }
    }

    public synchronized List<WebhookEvent> events() {
        return List.copyOf(events);
    }

    public synchronized List<WebhookEvent> events(String type) {
        return events.stream().filter(e -> e.event().equals(type)).toList();
    }

    /** The webhooks given to {@link #publishTo}, in order. */
    public synchronized List<UUID> targetedWebhooks() {
        return List.copyOf(targetedWebhooks);
    }

    public synchronized void clear() {
        events.clear();
        targetedWebhooks.clear();
    }
}
