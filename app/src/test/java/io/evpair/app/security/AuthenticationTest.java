package io.evpair.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class AuthenticationTest extends IntegrationTest {

    @Test
    void clientCredentialsGiveABearerTokenThatOpensTheApi() {
        Http.Client client = newClient();
        Http.Response token = http.send("POST", "/oauth2/token", "application/x-www-form-urlencoded",
                "grant_type=client_credentials", Http.basic(client.clientId, client.secret));

        assertThat(token.status()).isEqualTo(200);
        assertThat(token.json().get("token_type").asString()).isEqualTo("Bearer");
        assertThat(token.json().get("expires_in").asInt()).isPositive();
        String accessToken = token.json().get("access_token").asString();
        assertThat(http.send("GET", "/vehicles", null, null, "Bearer " + accessToken).status()).isEqualTo(200);
    }

    @Test
    void aWrongSecretGetsNoToken() {
        Http.Client client = newClient();
        Http.Response token = http.send("POST", "/oauth2/token", "application/x-www-form-urlencoded",
                "grant_type=client_credentials", Http.basic(client.clientId, client.secret + "x"));

        assertThat(token.status()).isEqualTo(401);
        assertThat(token.body()).doesNotContain("access_token");
    }

    @Test
    void noTokenIs401ProblemJson() {
        Http.Response r = http.send("GET", "/vehicles", null, null, null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("status").asInt()).isEqualTo(401);
        assertThat(r.json().get("title").asString()).isNotBlank();
    }

    @Test
    void aForgedOrGarbledTokenIs401() {
        Http.Client client = newClient();
        String tampered = client.token.substring(0, client.token.length() - 4) + "AAAA";

        for (String bad : new String[] {"not-a-jwt", tampered}) {
            Http.Response r = http.send("GET", "/vehicles", null, null, "Bearer " + bad);
            assertThat(r.status()).as(bad).isEqualTo(401);
            assertThat(r.isProblem()).isTrue();
        }
    }

    @Test
    void aClientTokenDoesNotOpenTheOperatorApi() {
        Http.Client client = newClient();

        Http.Response r = http.send("GET", "/admin/clients", null, null, "Bearer " + client.token);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.isProblem()).isTrue();
    }

    @Test
    void theOperatorCredentialDoesNotOpenTheClientApi() {
        Http.Response r = http.send("GET", "/vehicles", null, null, Http.basic("admin", ADMIN_PASSWORD));

        assertThat(r.status()).isEqualTo(401);
    }

    @Test
    void theOperatorApiWantsTheRightPassword() {
        assertThat(http.admin("GET", "/admin/clients", "wrong", null).status()).isEqualTo(401);
        assertThat(http.admin("GET", "/admin/clients", ADMIN_PASSWORD, null).status()).isEqualTo(200);
    }

    @Test
    void healthAndApiDocsArePublic() {
        assertThat(http.send("GET", "/actuator/health", null, null, null).status()).isEqualTo(200);
        assertThat(http.send("GET", "/v3/api-docs", null, null, null).status()).isEqualTo(200);
    }
}
