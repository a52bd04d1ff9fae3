package io.evpair.engine.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.testing.InMemoryTransactions;
import io.evpair.engine.testing.InMemoryWebhookStore;
import io.evpair.engine.testing.RecordingOutbox;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A client's webhooks: validation naming the field, re-enabling, and the test event through the outbox. */
class WebhooksTest {
    private static final Instant NOW = Instant.parse("2026-03-04T18:00:00Z");
    private static final String URL = "https://hooks.example.com/evpair";

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final RecordingOutbox outbox = new RecordingOutbox(transactions);
    private final InMemoryWebhookStore store = new InMemoryWebhookStore();
    private final Webhooks webhooks = new Webhooks(store, outbox,
            url -> url.contains("169.254.") ? Optional.of("points at a link-local address") : Optional.empty(),
            transactions, Clock.fixed(NOW, ZoneOffset.UTC));
    private final ClientId client = new ClientId(UUID.randomUUID());

    @Test
    void aWebhookWithoutASecretGetsARandomOneAndEveryEvent() {
        Webhook created = webhooks.create(client, URL, Optional.empty(), List.of());
        Webhook other = webhooks.create(client, URL, Optional.empty(), List.of());

        assertThat(created.secret()).hasSize(64).isNotEqualTo(other.secret());
        assertThat(created.events()).isEmpty();
        assertThat(created.active()).isTrue();
        assertThat(webhooks.list(client)).hasSize(2);
        assertThat(webhooks.find(new ClientId(UUID.randomUUID()), created.id())).as("another client's").isEmpty();
    }

    @Test
    void eachBadFieldIsNamed() {
        assertThat(field(() -> webhooks.create(client, " ", Optional.empty(), List.of()))).isEqualTo("url");
        assertThat(field(() -> webhooks.create(client, "http://169.254.169.254/", Optional.empty(), List.of()))).isEqualTo("url");
        assertThat(field(() -> webhooks.create(client, URL, Optional.empty(),
                List.of(WebhookEventType.PAIR_ACTIVATED.wireName(), "user:everything")))).isEqualTo("events[1]");
        assertThat(field(() -> webhooks.create(client, URL, Optional.empty(), List.of(WebhookEventType.TEST.wireName()))))
                .as("the test event is sent on request only").isEqualTo("events[0]");
        assertThat(webhooks.list(client)).isEmpty();
    }

    @Test
    void reEnablingClearsTheFailureRunAndAChangeIsCheckedLikeACreation() {
        Webhook created = webhooks.create(client, URL, Optional.of("s3cret-s3cret-s3cret"), List.of());
        store.update(new Webhook(created.id(), client, URL, created.secret(), List.of(), false, NOW, NOW, null,
                NOW.minusSeconds(86_400), "HTTP 500"));

        Webhook enabled = webhooks.update(client, created.id(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(true)).orElseThrow();

        assertThat(enabled.active()).isTrue();
        assertThat(enabled.failingSince()).isNull();
        assertThat(enabled.lastFailure()).isNull();
        assertThat(enabled.secret()).isEqualTo("s3cret-s3cret-s3cret");
        assertThat(field(() -> webhooks.update(client, created.id(), Optional.empty(), Optional.empty(),
                Optional.of(List.of("user:nothing")), Optional.empty()))).isEqualTo("events[0]");
        assertThat(webhooks.update(new ClientId(UUID.randomUUID()), created.id(), Optional.of(URL), Optional.empty(), Optional.empty(),
                Optional.empty())).isEmpty();
    }

    @Test
    void aTestEventGoesToThatWebhookOnlyThroughTheOutboxInATransaction() {
        Webhook target = webhooks.create(client, URL, Optional.empty(), List.of(WebhookEventType.PAIR_ACTIVATED.wireName()));

        assertThat(webhooks.sendTest(client, target.id())).contains(target);
        assertThat(webhooks.sendTest(new ClientId(UUID.randomUUID()), target.id())).isEmpty();

        assertThat(outbox.targetedWebhooks()).containsExactly(target.id());
        WebhookTested test = outbox.events(WebhookTested.class).get(0);
        assertThat(test.type()).isEqualTo(WebhookEventType.TEST);
        assertThat(test.clientId()).isEqualTo(client);
        assertThat(test.webhookId()).isEqualTo(target.id());
        assertThat(transactions.committed()).isEqualTo(1);
    }

    @Test
    void deletingIsScopedToTheClient() {
        Webhook created = webhooks.create(client, URL, Optional.empty(), List.of());

        assertThat(webhooks.delete(new ClientId(UUID.randomUUID()), created.id())).isFalse();
        assertThat(webhooks.delete(client, created.id())).isTrue();
        assertThat(webhooks.delete(client, created.id())).isFalse();
    }

    private static String field(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(Webhooks.InvalidWebhookException.class);
        return ((Webhooks.InvalidWebhookException) thrown).field();
    }
}
