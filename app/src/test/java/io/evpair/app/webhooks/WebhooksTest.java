package io.evpair.app.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evpair.adapters.webhooks.WebhookSender;
import io.evpair.app.support.Simulation;
import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.transaction.Transactions;
import io.evpair.engine.webhooks.EventOutbox;
import io.evpair.engine.webhooks.WebhookDeliveries;
import io.evpair.engine.webhooks.WebhookDeliveries.Lane;
import io.evpair.engine.devices.DeviceUpdated;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Signed, batched, at-least-once deliveries from the transactional outbox. */
class WebhooksTest extends IntegrationTest {
    private static final Duration PATIENCE = Duration.ofSeconds(40);

    @Autowired
    WebhookDeliveries deliveries;
    @Autowired
    Clock clock;
    @Autowired
    EventOutbox outbox;
    @Autowired
    Transactions transactions;

    @Test
    void aPairActivationArrivesSignedWithTheWebhooksSecret() throws Exception {
        Http.Client client = newClient();
        try (TestReceiver receiver = TestReceiver.start(0)) {
            String secret = "a-secret-of-sixteen-or-more";
            Http.Response created = client.post("/webhooks", """
                    {"url":"%s","secret":"%s","events":["user:charging-pair:activated"]}""".formatted(receiver.url(), secret));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.json().has("secret")).isFalse();
            Simulation.vehicle(client, "hana", "wh-v-1", false);
            Simulation.charger(client, "hana", "wh-c-1", true);

            Simulation.plugInAndCharge(client, "wh-v-1", "wh-c-1", 0, 60);

            await().atMost(PATIENCE).until(() -> receiver.allBodies().contains("user:charging-pair:activated"));
            TestReceiver.Delivery delivery = receiver.deliveries.get(0);
            assertThat(delivery.signature()).isEqualTo("sha256=" + WebhookSender.sign(secret, delivery.body()));
            assertThat(delivery.deliveryId()).isNotBlank();
            JsonNode events = Http.parse(delivery.body());
            assertThat(events.isArray()).isTrue();
            assertThat(events.get(0).get("event").asString()).isEqualTo("user:charging-pair:activated");
            assertThat(events.get(0).get("user").get("id").asString()).isEqualTo("hana");
            assertThat(receiver.allBodies()).doesNotContain("user:vehicle:updated");
        }
    }

    @Test
    void aReceiverThatIsDownForAWhileStillGetsEveryEvent() {
        Http.Client client = newClient();
        int port;
        try (TestReceiver probe = TestReceiver.start(0)) {
            port = probe.port();
        }
        String url = "http://127.0.0.1:" + port + "/hook";
        String id = client.post("/webhooks", "{\"url\":\"" + url + "\"}").json().get("id").asString();
        client.post("/webhooks/" + id + "/test", null);
        Simulation.vehicle(client, "ivan", "wh-v-2", true);
        await().atMost(PATIENCE).until(() -> client.get("/webhooks/" + id).json().has("lastFailure"));

        try (TestReceiver receiver = TestReceiver.start(port)) {
            await().atMost(PATIENCE).until(() -> receiver.allBodies().contains("enode:webhook:test")
                    && receiver.allBodies().contains("user:vehicle:discovered"));
            await().atMost(PATIENCE).until(() -> !client.get("/webhooks/" + id).json().has("failingSince"));
        }
    }

    @Test
    void aSenderThatDiesMidBatchLosesNothing() {
        Http.Client client = newClient();
        try (TestReceiver receiver = TestReceiver.start(0)) {
            String id = client.post("/webhooks", "{\"url\":\"" + receiver.url() + "\"}").json().get("id").asString();
            // Switched off, the webhook is out of the live sender's reach while this test plays the dying sender.
            client.send("PATCH", "/webhooks/" + id, "application/json", "{\"isActive\":false}");
            client.post("/webhooks/" + id + "/test", null);
            Lane lane = new Lane(UUID.fromString(id), WebhookDeliveries.laneOf(null));
            assertThat(deliveries.lease(lane, WebhookSender.BATCH, clock.instant(), Duration.ofSeconds(2))).isPresent();
            // ... and "dies": never reports back. Switched on again, the live sender finds the lease running.
            client.send("PATCH", "/webhooks/" + id, "application/json", "{\"isActive\":true}");
            assertThat(deliveries.lease(lane, WebhookSender.BATCH, clock.instant(), Duration.ofSeconds(2))).isEmpty();
            assertThat(receiver.deliveries).isEmpty();

            await().atMost(PATIENCE).until(() -> receiver.allBodies().contains("enode:webhook:test"));
        }
    }

    @Test
    void aBacklogGoesOutInFullBatchesOnSeveralLanesAndEachUsersEventsKeepTheirOrder() throws Exception {
        Http.Client client = newClient();
        try (TestReceiver receiver = TestReceiver.start(0)) {
            String id = client.post("/webhooks", "{\"url\":\"" + receiver.url() + "\"}").json().get("id").asString();
            int users = 40;
            int perUser = 30;
            transactions.inTransaction(() -> {
                for (int n = 0; n < perUser; n++) {
                    for (int u = 0; u < users; u++) {
                        // the sequence number rides in updatedFields, where the receiver can read it back
                        outbox.publishTo(UUID.fromString(id), new DeviceUpdated(new ClientId(UUID.randomUUID()), "backlog-user-" + u,
                                clock.instant(), new VehicleId(UUID.randomUUID()), List.of(String.valueOf(n))));
                    }
                }
            });

            await().atMost(PATIENCE).until(() -> receiver.deliveries.stream()
                    .mapToInt(d -> Http.parse(d.body()).size()).sum() >= users * perUser);
            Map<String, List<Integer>> sequences = new HashMap<>();
            int largestBatch = 0;
            for (TestReceiver.Delivery delivery : receiver.deliveries) {
                JsonNode events = Http.parse(delivery.body());
                largestBatch = Math.max(largestBatch, events.size());
                for (JsonNode event : events) {
                    sequences.computeIfAbsent(event.get("user").get("id").asString(), u -> new ArrayList<>())
                            .add(Integer.parseInt(event.get("updatedFields").get(0).asString()));
                }
            }
            assertThat(largestBatch).isEqualTo(WebhookSender.BATCH);
            assertThat(sequences).hasSize(users);
            sequences.forEach((user, seen) -> assertThat(seen).as(user).isSorted().hasSize(perUser));
            assertThat(receiver.maxConcurrent.get()).as("deliveries in flight at once").isGreaterThan(1);
        }
    }

    @Test
    void aVehicleUpdateNamesTheFieldsThatChanged() {
        Http.Client client = newClient();
        try (TestReceiver receiver = TestReceiver.start(0)) {
            client.post("/webhooks", "{\"url\":\"" + receiver.url() + "\",\"events\":[\"user:vehicle:updated\"]}");
            Simulation.vehicle(client, "juno", "wh-v-3", false);

            Simulation.report(client, Simulation.row("wh-v-3", "VEHICLE", 0, 0, true, false, 0.0, 40.0));

            await().atMost(PATIENCE).until(() -> receiver.allBodies().contains("user:vehicle:updated"));
            JsonNode event = Http.parse(receiver.deliveries.get(0).body()).get(0);
            assertThat(event.get("updatedFields").toString()).contains("chargeState.isPluggedIn", "chargeState.batteryLevel");
            assertThat(receiver.allBodies()).doesNotContain("user:vehicle:discovered");
        }
    }

    @Test
    void badEventsAreNamedAndAnotherClientsWebhookIs404() {
        Http.Client client = newClient();
        Http.Client stranger = newClient();

        Http.Response bad = client.post("/webhooks", "{\"url\":\"http://127.0.0.1:9/hook\",\"events\":[\"user:everything\"]}");
        Http.Response created = client.post("/webhooks", "{\"url\":\"http://127.0.0.1:9/hook\"}");
        String id = created.json().get("id").asString();

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("issues").get(0).get("field").asString()).isEqualTo("events[0]");
        assertThat(created.json().get("secret").asString()).hasSize(64);
        assertThat(stranger.get("/webhooks/" + id).status()).isEqualTo(404);
        assertThat(stranger.delete("/webhooks/" + id).status()).isEqualTo(404);
        assertThat(client.delete("/webhooks/" + id).status()).isEqualTo(204);
        assertThat(client.get("/webhooks").json().get("data").size()).isZero();
    }
}
