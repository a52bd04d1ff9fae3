package io.evpair.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An operator deletes clients, rotates their secrets and revokes their tokens; the tokens die at once. */
class ClientCredentialsLifecycleTest extends IntegrationTest {
    @Autowired
    RSAKey tokenSigningKey;

    @Test
    void aDeletedClientsTokenIs401AtOnceForReadsAndWrites() {
        Http.Client client = newClient();
        assertThat(client.get("/vehicles").status()).isEqualTo(200);

        Http.Response deleted = http.admin("DELETE", "/admin/clients/" + client.clientId, ADMIN_PASSWORD, null);

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(client.get("/vehicles").status()).isEqualTo(401);
        Http.Response write = client.post("/simulator/users/u1/vehicles", """
                {"vendorDeviceId":"gone-1","brand":"Kia","model":"e-Niro","batteryCapacityKwh":64,
                 "capabilities":{"startCharging":true,"stopCharging":true,"setChargeRateLimit":true}}""");
        assertThat(write.status()).isEqualTo(401);
        assertThat(write.isProblem()).isTrue();
        assertThat(http.admin("GET", "/admin/clients/" + client.clientId, ADMIN_PASSWORD, null).status()).isEqualTo(404);
        assertThat(tokenStatus(client.clientId, client.secret)).isEqualTo(401);
        assertThat(http.admin("DELETE", "/admin/clients/" + client.clientId, ADMIN_PASSWORD, null).status()).isEqualTo(404);
    }

    @Autowired
    JdbcClient jdbc;

    /**
     * Token generations are cached per instance; another instance's revocation reaches this one through
     * PostgreSQL's NOTIFY, played here by a plain transaction on another connection, as that instance's store does.
     */
    @Test
    void aRevocationCommittedByAnotherInstanceEndsTheTokenHereWithinMoments() {
        Http.Client client = newClient();
        assertThat(client.get("/vehicles").status()).isEqualTo(200);
        assertThat(client.get("/vehicles").status()).as("served from the cache now").isEqualTo(200);

        jdbc.sql("""
                with revoked as (update api_client set token_generation = token_generation + 1 where client_id = ? returning id)
                select pg_notify('evpair_token_generation', id::text) from revoked""").param(client.clientId).query().singleRow();

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> client.get("/vehicles").status() == 401);
    }

    @Test
    void aClientWithDataCanBeDeleted() {
        Http.Client client = newClient();
        client.simulatedVehicle("dora", "del-v-1");
        client.simulatedCharger("dora", "del-c-1");
        client.post("/webhooks", "{\"url\":\"http://127.0.0.1:9/hook\"}");
        assertThat(client.post("/simulator/observations", """
                {"observations":[{"vendorDeviceId":"del-c-1","deviceType":"CHARGER","observedAt":"2026-03-02T18:00:00Z",
                 "receivedAt":"2026-03-02T18:00:01Z","isPluggedIn":true}]}""").status()).isEqualTo(200);
        java.util.UUID id = jdbc.sql("select id from api_client where client_id = ?").param(client.clientId).query(java.util.UUID.class).single();
        assertThat(jdbc.sql("select count(*) from observation where client_id = ?").param(id).query(Long.class).single()).isOne();

        assertThat(http.admin("DELETE", "/admin/clients/" + client.clientId, ADMIN_PASSWORD, null).status()).isEqualTo(204);
        assertThat(client.get("/users/dora/vehicles").status()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from observation where client_id = ?").param(id).query(Long.class).single())
                .as("the client's observations are gone with it").isZero();
    }

    @Test
    void aRotatedSecretEndsTheOldSecretAndItsTokens() {
        Http.Client client = newClient();

        Http.Response rotated = http.admin("POST", "/admin/clients/" + client.clientId + "/secret", ADMIN_PASSWORD, null);

        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        String newSecret = rotated.json().get("clientSecret").asString();
        assertThat(newSecret).hasSizeGreaterThan(30).isNotEqualTo(client.secret);
        assertThat(client.get("/vehicles").status()).isEqualTo(401);
        assertThat(tokenStatus(client.clientId, client.secret)).isEqualTo(401);
        String fresh = http.token(client.clientId, newSecret);
        assertThat(http.send("GET", "/vehicles", null, null, "Bearer " + fresh).status()).isEqualTo(200);
    }

    @Test
    void revokedTokensAre401AndTokensIssuedAfterwardsWork() {
        Http.Client client = newClient();

        Http.Response revoked = http.admin("POST", "/admin/clients/" + client.clientId + "/revoke-tokens", ADMIN_PASSWORD, null);

        assertThat(revoked.status()).as(revoked.body()).isEqualTo(204);
        assertThat(client.get("/vehicles").status()).isEqualTo(401);
        String fresh = http.token(client.clientId, client.secret);
        assertThat(http.send("GET", "/vehicles", null, null, "Bearer " + fresh).status()).isEqualTo(200);
    }

    @Test
    void unknownClientsAre404ForEveryOperatorAction() {
        for (String action : new String[] {"/secret", "/revoke-tokens"}) {
            assertThat(http.admin("POST", "/admin/clients/nobody-here" + action, ADMIN_PASSWORD, null).status()).isEqualTo(404);
        }
    }

    @Test
    void theAdminUserNameIsCaseSensitive() {
        Http.Response shouting = http.send("GET", "/admin/clients", null, null, Http.basic("ADMIN", ADMIN_PASSWORD));

        assertThat(shouting.status()).isEqualTo(401);
        assertThat(http.admin("GET", "/admin/clients", ADMIN_PASSWORD, null).status()).isEqualTo(200);
    }

    @Test
    void aTokenExpiredSixSecondsAgoIsRefused() throws Exception {
        Http.Client client = newClient();
        JWTClaimsSet real = SignedJWT.parse(client.token).getJWTClaimsSet();
        Instant now = Instant.now();
        JWTClaimsSet expired = new JWTClaimsSet.Builder(real)
                .issueTime(Date.from(now.minusSeconds(66))).notBeforeTime(Date.from(now.minusSeconds(66)))
                .expirationTime(Date.from(now.minusSeconds(6))).build();
        JWTClaimsSet valid = new JWTClaimsSet.Builder(expired).expirationTime(Date.from(now.plusSeconds(60))).build();

        assertThat(http.send("GET", "/vehicles", null, null, "Bearer " + sign(valid)).status())
                .as("the same token, not expired").isEqualTo(200);
        assertThat(http.send("GET", "/vehicles", null, null, "Bearer " + sign(expired)).status()).isEqualTo(401);
    }

    private String sign(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(tokenSigningKey.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(tokenSigningKey));
        return jwt.serialize();
    }

    private int tokenStatus(String clientId, String secret) {
        return http.send("POST", "/oauth2/token", "application/x-www-form-urlencoded", "grant_type=client_credentials",
                Http.basic(clientId, secret)).status();
    }
}
