package io.evpair.app.support;

import io.evpair.app.EvpairApplication;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Base of the tests that run the whole service on a random port against real PostgreSQL and speak to it
 * over real HTTP. All of them share one application context, and isolate themselves by using fresh clients
 * and user ids.
 */
@SpringBootTest(classes = EvpairApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"evpair.simulator.enabled=true", "evpair.admin.password=" + IntegrationTest.ADMIN_PASSWORD,
                "evpair.dev-client.enabled=false", "evpair.webhooks.allow-private-targets=true",
                "evpair.webhooks.first-retry=PT1S"})
public abstract class IntegrationTest {
    public static final String ADMIN_PASSWORD = "test-admin-secret";

    static {
        TestDatabase.configureSpring();
    }

    @Value("${local.server.port}")
    private int port;

    protected Http http;

    @BeforeEach
    void connect() {
        http = new Http("http://localhost:" + port);
    }

    /** A new API client with its own token: the usual starting point of a test. */
    protected Http.Client newClient() {
        return http.newClient(ADMIN_PASSWORD);
    }
}
