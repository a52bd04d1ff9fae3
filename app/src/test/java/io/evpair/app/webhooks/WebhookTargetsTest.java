package io.evpair.app.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evpair.app.support.Http;
import io.evpair.app.support.StrictIntegrationTest;
import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The SSRF guard over HTTP, where private targets are not allowed: at registration and at every send. */
class WebhookTargetsTest extends StrictIntegrationTest {

    @Test
    void internalTargetsAreRefusedAtRegistrationNamingTheUrl() {
        Http.Client client = newClient();
        for (String url : new String[] {"http://100.100.100.200/latest/meta-data", "http://[64:ff9b::a9fe:a9fe]/",
                "http://[::127.0.0.1]/", "http://[2002:a00:1::]/", "http://0.0.0.0:8080/", "http://198.18.0.1/",
                "http://192.0.0.170/", "http://255.255.255.255/", "http://240.0.0.1/"}) {
            Http.Response r = client.post("/webhooks", "{\"url\":\"" + url + "\"}");

            assertThat(r.status()).as(url).isEqualTo(400);
            assertThat(r.json().get("issues").get(0).get("field").asString()).isEqualTo("url");
        }
    }

    @Test
    void aHostThatRebindsToLoopbackAfterRegistrationIsNotCalled() throws Exception {
        Http.Client client = newClient();
        try (TestReceiver receiver = TestReceiver.start(0)) {
            StagedDns.ANSWERS.put("rebinding.test", InetAddress.getByName("93.184.216.34"));
            Http.Response created = client.post("/webhooks",
                    "{\"url\":\"http://rebinding.test:" + receiver.port() + "/hook\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String id = created.json().get("id").asString();

            StagedDns.ANSWERS.put("rebinding.test", InetAddress.getByName("127.0.0.1"));
            client.post("/webhooks/" + id + "/test", null);

            await().atMost(Duration.ofSeconds(40)).until(() -> client.get("/webhooks/" + id).json().has("lastFailure"));
            assertThat(client.get("/webhooks/" + id).json().get("lastFailure").asString())
                    .contains("internal address", "127.0.0.1");
            assertThat(receiver.deliveries).isEmpty();
        }
    }
}
