package io.evpair.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evpair.adapters.kafka.PartitionOwnership;
import io.evpair.app.support.ChildInstance;
import io.evpair.app.support.ClusterInstances;
import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import io.evpair.app.support.KafkaBroker;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11's acceptance test. A generated dataset is replayed once through this single instance, then through a
 * cluster of two instances on the same PostgreSQL and an embedded Kafka broker (KRaft), with requests alternating
 * between them; halfway, instance B — a separate JVM — is killed with {@code destroyForcibly} (SIGKILL). The
 * cluster must show the same active pairs at every checkpoint as the single instance, have stored every
 * acknowledged observation once, never close a pair because of the move, and never send a command twice.
 */
class ClusterFailoverTest extends IntegrationTest {
    private static final int PARTITIONS = 4;

    @RegisterExtension
    static final KafkaBroker kafka = new KafkaBroker(PARTITIONS);

    @Autowired
    JdbcClient jdbc;



    @Test
    void twoInstancesAgreeWithOneLoseNothingAndSendNothingTwiceWhenOneIsKilled() throws Exception {
        ReplayedDataset dataset = new ReplayedDataset();
        int checkpoints = dataset.checkpoints();

        Http.Client single = newClient();
        Map<String, String> singleIds = dataset.link(single);
        List<List<String>> expected = new ArrayList<>();
        for (int i = 0; i < checkpoints; i++) {
            expected.add(dataset.checkpoint(i, n -> single, singleIds));
        }

        String topic = ClusterInstances.newTopic();
        ChildInstance b = startChildInstance(topic);
        try (ConfigurableApplicationContext a = ClusterInstances.start(kafka.broker(), topic, PARTITIONS)) {
            Http httpA = ClusterInstances.http(a);
            PartitionOwnership ownedByA = a.getBean(PartitionOwnership.class);
            Http httpB = b.awaitReady();
            await().atMost(Duration.ofSeconds(60)).until(() -> !ownedByA.partitions().isEmpty()
                    && ownedByA.partitions().size() < PARTITIONS);

            Http.Client onA = httpA.newClient(ADMIN_PASSWORD);
            Http.Client onB = httpB.new Client(onA.clientId, onA.secret, onA.token);
            Map<String, String> clusterIds = dataset.link(onB);
            String actionId = null;
            String actionDevice = null;
            List<List<String>> seen = new ArrayList<>();
            for (int i = 0; i < checkpoints; i++) {
                boolean bAlive = i < checkpoints / 2;
                if (i == checkpoints / 2) {
                    b.process().destroyForcibly().waitFor();
                }
                int turn = i;
                seen.add(dataset.checkpoint(i, n -> bAlive && (turn + n) % 2 == 1 ? onB : onA, clusterIds));
                for (int p = 0; actionId == null && i >= checkpoints / 2 - 6 && p < seen.get(i).size(); p++) {
                    actionDevice = seen.get(i).get(p).split("/")[1];
                    actionId = unansweredCommand(bAlive ? onB : onA, clusterIds, actionDevice);
                }
                assertThat(seen.get(i)).as("active pairs at checkpoint %d of %d", i, checkpoints).isEqualTo(expected.get(i));
            }
            assertThat(ownedByA.partitions()).hasSize(PARTITIONS);

            // Rows the generator emitted twice, equal in every field, are stored once by design (docs/decisions.md).
            assertThat(storedObservations(single.clientId)).isGreaterThan(dataset.observationCount * 9L / 10);
            assertThat(storedObservations(onA.clientId)).as("observations stored by the cluster")
                    .isEqualTo(storedObservations(single.clientId));
            assertThat(jdbc.sql("""
                            select count(*) from charging_pair p join api_client c on c.id = p.client_id
                            where c.client_id = ? and p.unpair_reason = 'NOT_CONFIRMED_ON_REBUILD'""")
                    .param(onA.clientId).query(Long.class).single()).as("pairs closed by a rebuild").isZero();
            assertThat(actionId).as("an action was created").isNotNull();
            int attempts = jdbc.sql("select attempts from charge_action where id = ?").param(UUID.fromString(actionId))
                    .query(Integer.class).single();
            assertThat(attempts).as("attempts of the action across the kill").isGreaterThan(2);
            assertThat(onA.get("/simulator/commands?vendorDeviceId=" + actionDevice).json().get("data").size())
                    .as("commands the device received, one per attempt").isEqualTo(attempts);
        } finally {
            b.process().destroyForcibly();
        }
    }

    /**
     * A STOP (or START) the charger never answers: retried on each clock move by whichever instance owns the user.
     * Null when the charger can do neither.
     */
    private static String unansweredCommand(Http.Client client, Map<String, String> ids, String vendorCharger) {
        String chargerId = ids.entrySet().stream().filter(e -> e.getValue().equals(vendorCharger)).findFirst()
                .orElseThrow().getKey();
        client.post("/simulator/devices/" + vendorCharger + "/behaviour", "{\"behaviour\":\"TIME_OUT\"}");
        for (String action : List.of("STOP", "START")) {
            Http.Response r = client.post("/chargers/" + chargerId + "/charging", "{\"action\":\"" + action + "\"}");
            if (r.status() == 200) {
                assertThat(r.json().get("state").asString()).isEqualTo("PENDING");
                return r.json().get("id").asString();
            }
        }
        return null;
    }

    private long storedObservations(String clientId) {
        return jdbc.sql("select count(*) from observation o join api_client c on c.id = o.client_id where c.client_id = ?")
                .param(clientId).query(Long.class).single();
    }

    /** Instance B: the same application in its own JVM, so that killing it is a real SIGKILL. */
    private static ChildInstance startChildInstance(String topic) throws IOException {
        return ChildInstance.start("cluster-instance-b", List.of(ClusterInstances.properties(kafka.broker(), topic, PARTITIONS)));
    }
}
