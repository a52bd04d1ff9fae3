package io.evpair.app.webhooks;

import static io.evpair.app.support.Simulation.plugInAndCharge;
import static io.evpair.app.support.Simulation.report;
import static io.evpair.app.support.Simulation.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A vehicle the client links for another of its users moves there: the pair its former household decided ends as
 * DEVICE_MOVED, in the history and by webhook, once (issue 15: the rule lives in the engine, not in SQL).
 */
class DeviceMoveTest extends IntegrationTest {

    @Test
    void linkingAPairedVehicleForAnotherUserEndsItsPairAsDeviceMovedAndSaysSoOnce() {
        Http.Client client = newClient();
        try (TestReceiver receiver = TestReceiver.start(0)) {
            client.post("/webhooks", """
                    {"url":"%s","events":["user:charging-pair:deactivated"]}""".formatted(receiver.url()));
            String vehicle = client.simulatedVehicle("uma", "move-v-1");
            client.simulatedCharger("uma", "move-c-1");
            plugInAndCharge(client, "move-v-1", "move-c-1", 0, 60);
            assertThat(client.get("/charging-pairs").json().get("data").size()).isEqualTo(1);

            String moved = client.simulatedVehicle("vic", "move-v-1");

            assertThat(moved).as("the same vehicle, now vic's").isEqualTo(vehicle);
            assertThat(client.get("/charging-pairs").json().get("data").size()).isZero();
            JsonNode history = client.get("/users/uma/charging-pairs/history").json().get("data");
            assertThat(history.size()).isEqualTo(1);
            assertThat(history.get(0).get("unpairReason").asString()).isEqualTo("DEVICE_MOVED");
            await().atMost(Duration.ofSeconds(20)).until(() -> !receiver.deliveries.isEmpty());
            JsonNode first = Http.parse(receiver.deliveries.get(0).body()).get(0);
            assertThat(first.get("reason").asString()).isEqualTo("DEVICE_MOVED");
            assertThat(first.get("user").get("id").asString()).isEqualTo("uma");

            // the former household learns of the loss on its next batch; the pair is not ended a second time
            report(client, row("move-c-1", "CHARGER", 62, 62, false, false, 0.0, null));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> receiver.deliveries.stream().mapToInt(d -> Http.parse(d.body()).size()).sum() == 1);
        }
    }
}
