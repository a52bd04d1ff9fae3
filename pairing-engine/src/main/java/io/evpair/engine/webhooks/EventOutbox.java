package io.evpair.engine.webhooks;

import java.util.List;
import java.util.UUID;

/**
 * The transactional outbox of webhook deliveries: publishing writes a delivery for each of the client's
 * active webhooks that wants the event, inside the caller's transaction. So an event is never lost once the
 * change that caused it is committed, and never sent for a change that rolled back.
 */
public interface EventOutbox {
    void publish(DomainEvent event);

    /** Several events of one change; a store may skip the work at once for clients without webhooks. */
    default void publishAll(List<? extends DomainEvent> events) {
        events.forEach(this::publish);
    }

    /** A delivery for one webhook only, whatever it subscribes to (the test event). */
    void publishTo(UUID webhookId, DomainEvent event);
}
