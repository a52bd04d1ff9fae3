package io.evpair.app.ocpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.ClusterInstances;
import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import io.evpair.app.support.KafkaBroker;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * In a cluster, a command for a charge point reaches it through the instance holding its WebSocket, whichever
 * instance accepted the request (docs/scale-out.md): the charge point connects to instance A, the client asks
 * instance B to start charging (and to reset it, and to unlock its connector), and the charge point receives each
 * command and its answer comes back.
 */
class OcppAcrossInstancesTest extends IntegrationTest {
    @RegisterExtension
    static final KafkaBroker kafka = new KafkaBroker(2);



    @Test
    void aCommandAcceptedByOneInstanceReachesTheChargePointConnectedToTheOther() {
        String topic = ClusterInstances.newTopic();
        try (ConfigurableApplicationContext a = ClusterInstances.start(kafka.broker(), topic, 2);
             ConfigurableApplicationContext b = ClusterInstances.start(kafka.broker(), topic, 2)) {
            Http.Client onA = ClusterInstances.http(a).newClient(ADMIN_PASSWORD);
            Http httpB = ClusterInstances.http(b);
            Http.Client onB = httpB.new Client(onA.clientId, onA.secret, onA.token);
            String chargePointId = "CP-" + UUID.randomUUID().toString().substring(0, 8);
            Http.Response linked = onA.post("/users/nora/link", """
                    {"vendor":"OCPP","vendorType":"charger","scopes":["charger:read:data","charger:control:charging"],
                     "language":"en-US","redirectUri":"https://app.example.com/linked"}""");
            assertThat(linked.status()).as(linked.body()).isEqualTo(200);
            String port = a.getEnvironment().getProperty("local.server.port");

            try (OcppChargePoint cp = OcppChargePoint.start("ws://localhost:" + port + "/ocpp", chargePointId,
                    linked.json().get("linkToken").asString())) {
                assertThat(cp.connect().get("type").asString()).isEqualTo("connected");
                cp.call("BootNotification", "{\"chargePointVendor\":\"Easee\",\"chargePointModel\":\"Home\"}");
                cp.call("StatusNotification", """
                        {"connectorId":1,"errorCode":"NoError","status":"Preparing","timestamp":"2026-03-02T08:00:00Z"}""");
                String chargerId = onB.get("/users/nora/chargers").json().get("data").get(0).get("id").asString();

                Http.Response started = onB.post("/chargers/" + chargerId + "/charging", "{\"action\":\"START\"}");

                assertThat(started.status()).as(started.body()).isEqualTo(200);
                JsonNode remoteStart = cp.nextRequest();
                assertThat(remoteStart.get("method").asString()).isEqualTo("RemoteStartTransaction");
                JsonNode action = onB.get("/chargers/actions/" + started.json().get("id").asString()).json();
                // Accepted by the charge point (else FAILED at once); confirmed later by its StatusNotification.
                assertThat(action.get("state").asString()).isEqualTo("PENDING");

                // Maintenance commands take the same way (V21): before, B answered 409 "not connected".
                Http.Response reset = onB.post("/chargers/" + chargerId + "/maintenance/reset", "{\"type\":\"SOFT\"}");
                assertThat(reset.status()).as(reset.body()).isEqualTo(202);
                assertThat(cp.nextRequest().get("method").asString()).isEqualTo("Reset");
                Http.Response unlock = onB.post("/chargers/" + chargerId + "/maintenance/unlock-connector",
                        "{\"connectorId\":1}");
                assertThat(unlock.status()).as(unlock.body()).isEqualTo(202);
                JsonNode unlocked = cp.nextRequest();
                assertThat(unlocked.get("method").asString()).isEqualTo("UnlockConnector");
                assertThat(unlocked.get("params").get("connectorId").asInt()).isEqualTo(1);
            }
        }
    }
}
