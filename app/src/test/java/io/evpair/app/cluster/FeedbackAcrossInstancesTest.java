package io.evpair.app.cluster;

import io.evpair.engine.ids.UserRef;

import static io.evpair.app.support.Simulation.report;
import static io.evpair.app.support.Simulation.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evpair.adapters.kafka.PartitionOwnership;
import io.evpair.app.support.ClusterInstances;
import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import io.evpair.app.support.KafkaBroker;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * In a cluster, what a client says about a user's pairs reaches the instance that owns the user's household, whichever
 * instance took the request: an assertion made on the other instance is held by the owner, so the owner ends it when
 * the charger unplugs.
 */
class FeedbackAcrossInstancesTest extends IntegrationTest {
    @RegisterExtension
    static final KafkaBroker kafka = new KafkaBroker(2);

    @Autowired
    JdbcClient jdbc;



    @Test
    void anAssertionTakenByTheInstanceThatDoesNotOwnTheUserIsHeldByTheOwner() {
        String topic = ClusterInstances.newTopic();
        try (ConfigurableApplicationContext a = ClusterInstances.start(kafka.broker(), topic, 2);
             ConfigurableApplicationContext b = ClusterInstances.start(kafka.broker(), topic, 2)) {
            PartitionOwnership ownedByA = a.getBean(PartitionOwnership.class);
            PartitionOwnership ownedByB = b.getBean(PartitionOwnership.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> ownedByA.partitions().size() == 1
                    && ownedByB.partitions().size() == 1);
            Http.Client onA = ClusterInstances.http(a).newClient(ADMIN_PASSWORD);
            Http.Client onB = ClusterInstances.http(b).new Client(onA.clientId, onA.secret, onA.token);
            String vehicle = onA.simulatedVehicle("ola", "x-v-1");
            String charger = onA.simulatedCharger("ola", "x-c-1");
            UUID userRef = jdbc.sql("select user_ref from vehicle where id = ?").param(UUID.fromString(vehicle))
                    .query(UUID.class).single();
            Http.Client notOwner = ownedByA.includes(new UserRef(userRef)) ? onB : onA;

            report(onA, row("x-c-1", "CHARGER", 0, 0, true, false, 0.0, null),
                    row("x-v-1", "VEHICLE", 0, 1, true, false, 0.0, 40.0));
            Http.Response asserted = notOwner.post("/users/ola/charging-pairs/assertions",
                    "{\"vehicleId\":\"" + vehicle + "\",\"chargerId\":\"" + charger + "\"}");
            assertThat(asserted.status()).as(asserted.body()).isEqualTo(204);
            assertThat(onA.get("/charging-pairs").json().get("data").size()).isEqualTo(1);

            report(onA, row("x-c-1", "CHARGER", 10, 10, false, false, 0.0, null));

            assertThat(onB.get("/charging-pairs").json().get("data").size())
                    .as("the owner held the assertion, so the unplug ended it").isZero();
            JsonNode history = onB.get("/users/ola/charging-pairs/history").json().get("data");
            assertThat(history.get(0).get("unpairReason").asString()).isEqualTo("CHARGER_UNPLUGGED");
        }
    }
}
