package io.evpair.engine.webhooks;

import io.evpair.engine.ids.ClientId;
import java.time.Instant;

/**
 * Something that happened to a client's users, devices, pairs or actions, in the engine's own terms. The outbox
 * turns it into Enode's webhook JSON; the domain never builds that JSON itself.
 */
public interface DomainEvent {
    WebhookEventType type();

    ClientId clientId();

    /** The client's id of the user it concerns; null for events about the client's own set-up. */
    String userId();

    /** When it happened, which is the event's {@code createdAt}. */
    Instant at();
}
