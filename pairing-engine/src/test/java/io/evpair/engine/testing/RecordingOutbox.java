package io.evpair.engine.testing;

import io.evpair.engine.webhooks.EventOutbox;
import io.evpair.engine.webhooks.DomainEvent;
import io.evpair.engine.webhooks.WebhookEventType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The outbox as the engine sees it: every published event, in order. Publishing outside a unit of work breaks the
 * outbox's promise (an event for a change that may roll back), so it fails the test at once.
 */
public final class RecordingOutbox implements EventOutbox {
    private final InMemoryTransactions transactions;
    private final List<DomainEvent> events = new ArrayList<>();
    private final List<UUID> targetedWebhooks = new ArrayList<>();

    public RecordingOutbox(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized void publish(DomainEvent event) {
        requireTransaction(event);
        events.add(event);
    }

    @Override
    public synchronized void publishTo(UUID webhookId, DomainEvent event) {
        requireTransaction(event);
        events.add(event);
        targetedWebhooks.add(webhookId);
    }

    private void requireTransaction(DomainEvent event) {
        if (!transactions.isOpen()) {
            throw new IllegalStateException(event.type() + " published outside a transaction");
        }
    }

    public synchronized List<DomainEvent> events() {
        return List.copyOf(events);
    }

    /** The events of one class, e.g. {@code PairActivated.class}, in order. */
    public synchronized <E extends DomainEvent> List<E> events(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public synchronized List<DomainEvent> events(WebhookEventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
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
