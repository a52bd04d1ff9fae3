package io.evpair.app.actions;

import static io.evpair.app.support.Simulation.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.EvpairApplication;
import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * An action left PENDING by one process is carried on by a freshly started one on the same database: nothing
 * about it lives only in memory, and the attempt the first process sent is not sent again, only the next one.
 */
class ActionResumesAfterRestartTest extends IntegrationTest {

    @Test
    void anUnansweredActionIsRetriedAndConfirmedByTheNextProcess() {
        Http.Client client = newClient();
        String vehicle = vehicle(client, "zoe", "rst-v-1", false);
        charger(client, "zoe", "rst-c-1", true);
        plugInAndCharge(client, "rst-v-1", "rst-c-1", 0, 60);
        stopCharging(client, "rst-v-1", "rst-c-1", 62);
        client.post("/simulator/devices/rst-c-1/behaviour", "{\"behaviour\":\"TIME_OUT\"}");
        JsonNode start = action(client.post("/vehicles/" + vehicle + "/charging", "{\"action\":\"START\"}"));
        assertThat(start.get("state").asString()).isEqualTo("PENDING");
        assertThat(commands(client, "rst-c-1")).containsExactly("START_CHARGING:TIME_OUT");

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(EvpairApplication.class)
                .properties("evpair.simulator.enabled=true", "evpair.admin.password=" + ADMIN_PASSWORD,
                        "evpair.dev-client.enabled=false")
                // A command-line argument, not a default property: application.yml's port 8080 would win over that.
                .run("--server.port=0")) {
            Http other = new Http("http://localhost:" + restarted.getEnvironment().getProperty("local.server.port"));
            Http.Client sameClient = other.new Client(client.clientId, client.secret, other.token(client.clientId, client.secret));

            sameClient.post("/simulator/devices/rst-c-1/behaviour", "{\"behaviour\":\"ACCEPT\"}");
            sameClient.post("/simulator/clock", "{\"now\":\"2026-03-04T19:05:00Z\"}");
            assertThat(commands(sameClient, "rst-c-1")).containsExactly("START_CHARGING:TIME_OUT", "START_CHARGING:ACCEPT");
            report(sameClient, row("rst-c-1", "CHARGER", 66, 66, true, true, 7.2, null));

            JsonNode resumed = sameClient.get("/vehicles/actions/" + start.get("id").asString()).json();
            assertThat(resumed.get("state").asString()).isEqualTo("CONFIRMED");
        }
    }
}
