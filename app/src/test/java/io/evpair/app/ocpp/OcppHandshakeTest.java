package io.evpair.app.ocpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** OCPP security profile 1 with link-token claims: who may open /ocpp/{chargePointId}. */
class OcppHandshakeTest extends IntegrationTest {
    @Value("${local.server.port}")
    int port;

    @Test
    void aChargePointClaimsItselfOnceAndKeepsTheTokenAsItsPassword() {
        Http.Client client = newClient();
        String id = identity();
        String token = link(client, "paul");

        ChargePointSocket.Result first = ChargePointSocket.open(port, id, token);
        assertThat(first.status()).isEqualTo(101);
        assertThat(first.socket().subprotocol()).isEqualTo("ocpp1.6");
        first.socket().close();
        ChargePointSocket.Result again = ChargePointSocket.open(port, id, token);
        assertThat(again.status()).isEqualTo(101);
        again.socket().close();

        var chargers = client.get("/users/paul/chargers").json().get("data");
        assertThat(chargers).hasSize(1);
        assertThat(chargers.get(0).get("vendor").asString()).isEqualTo("OCPP");
        assertThat(client.get("/users/paul").json().get("linkedVendors").toString()).contains("OCPP");
    }

    @Test
    void aWrongPasswordIsRefused() {
        String id = identity();
        String token = link(newClient(), "paul");
        ChargePointSocket.open(port, id, token).socket().close();

        assertThat(ChargePointSocket.open(port, id, "0".repeat(40)).status()).isEqualTo(401);
        assertThat(ChargePointSocket.open(port, id, null, "ocpp1.6").status()).isEqualTo(401);
        assertThat(ChargePointSocket.open(port, id, Http.basic("someone-else", token), "ocpp1.6").status()).isEqualTo(401);
    }

    @Test
    void anUnknownIdentityWithoutAValidTokenIsRefused() {
        assertThat(ChargePointSocket.open(port, identity(), "a".repeat(40)).status()).isEqualTo(401);
        assertThat(ChargePointSocket.open(port, identity(), null, "ocpp1.6").status()).isEqualTo(401);
    }

    @Test
    void aUsedTokenCannotClaimASecondChargePoint() {
        Http.Client client = newClient();
        String token = link(client, "paul");
        ChargePointSocket.open(port, identity(), token).socket().close();

        assertThat(ChargePointSocket.open(port, identity(), token).status()).isEqualTo(401);
        assertThat(client.get("/users/paul/chargers").json().get("data")).hasSize(1);
    }

    @Test
    void aClaimedChargePointCannotBeTakenOverWithAnotherToken() {
        String id = identity();
        ChargePointSocket.open(port, id, link(newClient(), "paul")).socket().close();
        Http.Client intruder = newClient();

        assertThat(ChargePointSocket.open(port, id, link(intruder, "mallory")).status()).isEqualTo(401);
        assertThat(intruder.get("/users/mallory/chargers").json().get("data")).isEmpty();
    }

    @Test
    void otherSubprotocolsAreRefusedAndUseNoToken() {
        Http.Client client = newClient();
        String id = identity();
        String token = link(client, "paul");

        assertThat(ChargePointSocket.open(port, id, Http.basic(id, token), "ocpp2.1").status()).isEqualTo(400);
        assertThat(client.get("/users/paul/chargers").json().get("data")).isEmpty();
        ChargePointSocket.Result admitted = ChargePointSocket.open(port, id, Http.basic(id, token), "ocpp2.0.1");
        assertThat(admitted.status()).isEqualTo(101);
        assertThat(admitted.socket().subprotocol()).isEqualTo("ocpp2.0.1");
        admitted.socket().close();
    }

    @Test
    void deletingTheUserFreesTheIdentityAndEndsItsCredential() {
        Http.Client client = newClient();
        String id = identity();
        String token = link(client, "paul");
        ChargePointSocket.open(port, id, token).socket().close();

        assertThat(client.delete("/users/paul").status()).isEqualTo(204);

        assertThat(ChargePointSocket.open(port, id, token).status()).isEqualTo(401);
        assertThat(ChargePointSocket.open(port, id, link(client, "quinn")).status()).isEqualTo(101);
    }

    static String link(Http.Client client, String userId) {
        Http.Response linked = client.post("/users/" + userId + "/link", """
                {"vendor":"OCPP","scopes":["charger:read:data"],"language":"en-US","redirectUri":"https://app.example.com/done"}""");
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        return linked.json().get("linkToken").asString();
    }

    private static String identity() {
        return "CP-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
