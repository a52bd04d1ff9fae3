package io.evpair.app.webhooks;

import static io.evpair.app.support.Simulation.T0;
import static io.evpair.app.support.Simulation.report;
import static io.evpair.app.support.Simulation.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two cars charging in step while one charger delivers (issue 16, point 5): the user's pairs show the charger as
 * PENDING with both candidates, a webhook asks once, and an assertion answers it.
 */
class PairQuestionsOverHttpTest extends IntegrationTest {

    private static void twins(Http.Client client, int from, int to) {
        List<String> rows = new ArrayList<>();
        for (int minute = from; minute <= to; minute += 2) {
            boolean charging = minute >= 1;
            rows.add(row("q-c-1", "CHARGER", minute, minute, true, charging, charging ? 7.2 : 0.0, null));
            rows.add(row("q-v-1", "VEHICLE", minute, minute + 1, true, charging, charging ? 6.5 : 0.0, 40.0 + minute * 0.17));
            rows.add(row("q-v-2", "VEHICLE", minute, minute + 1, true, charging, charging ? 6.5 : 0.0, 55.0 + minute * 0.17));
        }
        report(client, rows.toArray(String[]::new));
        client.post("/simulator/clock", "{\"now\":\"" + T0.plusSeconds((to + 2) * 60L) + "\"}");
    }

    @Test
    void anUndecidedChargerIsPendingWithItsCandidatesAskedOnceByWebhookAndAnsweredByAnAssertion() {
        Http.Client client = newClient();
        try (TestReceiver receiver = TestReceiver.start(0)) {
            client.post("/webhooks", """
                    {"url":"%s","events":["user:charging-pair:ambiguous"]}""".formatted(receiver.url()));
            String car = client.simulatedVehicle("qin", "q-v-1");
            String twin = client.simulatedVehicle("qin", "q-v-2");
            String charger = client.simulatedCharger("qin", "q-c-1");
            twins(client, 0, 40);

            JsonNode items = client.get("/users/qin/charging-pairs").json().get("data");
            JsonNode pending = null;
            for (JsonNode item : items) {
                if (item.get("state").asString().equals("PENDING")) {
                    pending = item;
                }
            }
            assertThat(pending).as(items.toString()).isNotNull();
            assertThat(pending.get("chargerId").asString()).isEqualTo(charger);
            assertThat(pending.get("vehicleId").isNull()).isTrue();
            assertThat(pending.get("candidates").findValuesAsString("vehicleId")).containsExactlyInAnyOrder(car, twin);

            await().atMost(Duration.ofSeconds(20)).until(() -> !receiver.deliveries.isEmpty());
            JsonNode asked = Http.parse(receiver.deliveries.get(0).body()).get(0);
            assertThat(asked.get("event").asString()).isEqualTo("user:charging-pair:ambiguous");
            assertThat(asked.get("chargerId").asString()).isEqualTo(charger);
            assertThat(asked.get("candidates").size()).isEqualTo(2);

            assertThat(client.post("/users/qin/charging-pairs/assertions",
                    "{\"vehicleId\":\"" + twin + "\",\"chargerId\":\"" + charger + "\"}").status()).isEqualTo(204);
            twins(client, 42, 50);
            JsonNode after = client.get("/users/qin/charging-pairs").json().get("data");
            assertThat(after.findValuesAsString("state")).doesNotContain("PENDING").contains("ACTIVATED");
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> receiver.deliveries.stream().mapToInt(d -> Http.parse(d.body()).size()).sum() == 1);
        }
    }
}
