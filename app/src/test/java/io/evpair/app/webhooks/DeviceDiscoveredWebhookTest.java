package io.evpair.app.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import io.evpair.app.support.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The engine's Vendor reaches a webhook body as the bare name Enode sends, not as an object. */
class DeviceDiscoveredWebhookTest extends IntegrationTest {
    @Test
    void aDiscoveredVehicleNamesItsVendor() {
        Http.Client client = newClient();
        try (TestReceiver receiver = TestReceiver.start(0)) {
            client.post("/webhooks", """
                    {"url":"%s","events":["user:vehicle:discovered"]}""".formatted(receiver.url()));
            Simulation.vehicle(client, "vic", "wh-vendor-v-1", false);

            await().atMost(Duration.ofSeconds(40)).until(() -> receiver.allBodies().contains("user:vehicle:discovered"));
            List<JsonNode> discovered = new ArrayList<>();
            receiver.deliveries.forEach(d -> Http.parse(d.body()).forEach(discovered::add));
            assertThat(discovered).singleElement().satisfies(event -> {
                assertThat(event.get("event").asString()).isEqualTo("user:vehicle:discovered");
                assertThat(event.get("vendor").isString()).as(event.toString()).isTrue();
                assertThat(event.get("vendor").asString()).isEqualTo("SIMULATED");
            });
        }
    }
}
