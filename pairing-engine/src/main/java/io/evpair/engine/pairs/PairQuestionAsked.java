package io.evpair.engine.pairs;

import io.evpair.engine.inference.PairQuestion;
import io.evpair.engine.webhooks.DomainEvent;
import io.evpair.engine.webhooks.WebhookEventType;
import java.time.Instant;
import io.evpair.engine.ids.ClientId;

/** The engine is stuck on a plugged-in charger (see {@link PairQuestion}); told once per charger plug session. */
public record PairQuestionAsked(ClientId clientId, String userId, PairQuestion question, Instant at) implements DomainEvent {
    @Override
    public WebhookEventType type() {
        return WebhookEventType.PAIR_AMBIGUOUS;
    }
}
