package io.evpair.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.Http;
import io.evpair.app.support.StrictIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** Logins are rate-limited per source address and per principal: 429 problem+json with Retry-After. */
class LoginRateLimitsTest extends StrictIntegrationTest {
    private final HttpClient client = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Test
    void failedLoginsOfOneClientIdLockItOutFromEverySource() throws Exception {
        Http.Client victim = newClient();
        for (int i = 0; i < FAILURES_PER_PRINCIPAL; i++) {
            assertThat(token("203.0.113." + (10 + i), victim.clientId, "guess-" + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = token("203.0.113.99", victim.clientId, victim.secret);

        assertTooMany(locked);
        assertThat(victim.get("/vehicles").status()).as("tokens already issued still work").isEqualTo(200);
    }

    @Test
    void aSourceWithTooManyFailedLoginsIsRefusedOnEveryDoor() throws Exception {
        String source = "198.51.100.7";
        for (int i = 0; i < FAILURES_PER_SOURCE; i++) {
            assertThat(token(source, "nobody-" + UUID.randomUUID(), "guess").statusCode()).isEqualTo(401);
        }
        Http.Client innocent = newClient();

        assertTooMany(token(source, innocent.clientId, innocent.secret));
        assertTooMany(send(source, HttpRequest.newBuilder(uri("/admin/clients"))
                .header("Authorization", Http.basic("admin", ADMIN_PASSWORD)).GET()));
        assertThat(token("198.51.100.8", innocent.clientId, innocent.secret).statusCode())
                .as("another source").isEqualTo(200);
    }

    @Test
    void tooManyRequestsFromOneSourceAre429() throws Exception {
        String source = "192.0.2.33";
        int refused = 0;
        for (int i = 0; i < REQUESTS_PER_SOURCE + 1; i++) {
            HttpResponse<String> r = send(source, HttpRequest.newBuilder(uri("/admin/clients?pageSize=1"))
                    .header("Authorization", Http.basic("admin", ADMIN_PASSWORD)).GET());
            if (r.statusCode() == 429) {
                refused++;
                assertTooMany(r);
            } else {
                assertThat(r.statusCode()).isEqualTo(200);
            }
        }
        assertThat(refused).isEqualTo(1);
    }

    @Test
    void theAdminUserNameCountsAsAPrincipal() throws Exception {
        String user = "op-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < FAILURES_PER_PRINCIPAL; i++) {
            assertThat(send("203.0.113.1" + i, HttpRequest.newBuilder(uri("/admin/clients"))
                    .header("Authorization", Http.basic(user, "guess")).GET()).statusCode()).isEqualTo(401);
        }
        assertTooMany(send("203.0.113.200", HttpRequest.newBuilder(uri("/admin/clients"))
                .header("Authorization", Http.basic(user, "guess")).GET()));
    }

    private static void assertTooMany(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(429);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(r.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isBetween(1, 60));
        assertThat(Http.parse(r.body()).get("status").asInt()).isEqualTo(429);
    }

    private HttpResponse<String> token(String source, String clientId, String secret) throws Exception {
        return send(source, HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Authorization", Http.basic(clientId, secret))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
    }

    private HttpResponse<String> send(String source, HttpRequest.Builder request) throws Exception {
        return client.send(request.header("X-Forwarded-For", source).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
