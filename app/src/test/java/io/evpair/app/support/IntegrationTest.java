package io.evpair.app.support;

import io.evpair.app.EvpairApplication;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole service on a random port against real PostgreSQL and speak to it
 * over real HTTP. All of them share one application context, and isolate themselves by using fresh clients
 * and user ids.
 */
@SpringBootTest(classes = EvpairApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"evpair.simulator.enabled=true", "evpair.admin.password=" + IntegrationTest.ADMIN_PASSWORD,
                "evpair.dev-client.enabled=false", "evpair.webhooks.allow-private-targets=true",
                "evpair.webhooks.first-retry=PT1S",
                "evpair.vendors.tesla.client-id=test-tesla-client", "evpair.vendors.tesla.client-secret=test-tesla-secret",
                "evpair.vendors.easee.client-id=test-easee-client", "evpair.vendors.easee.client-secret=test-easee-secret",
                "evpair.vendors.token-key=" + IntegrationTest.TOKEN_KEY, "evpair.vendors.first-backoff=PT0.05S",
                "evpair.vendors.tesla.first-backoff=PT0.05S", "evpair.vendors.tesla.requests-per-minute=6000",
                "evpair.vendors.easee.first-backoff=PT0.05S", "evpair.vendors.poll.tick=PT0.1S",
                "evpair.vendors.poll.active=PT0.4S", "evpair.vendors.poll.idle=PT0.4S", "evpair.vendors.poll.asleep=PT20S",
                "evpair.vendors.poll.max-backoff=PT1S",
                "evpair.vendors.smartcar.client-id=test-smartcar-client", "evpair.vendors.smartcar.client-secret=test-smartcar-secret",
                "evpair.vendors.smartcar.first-backoff=PT0.05S", "evpair.vendors.smartcar.poll-interval=PT0.4S",
                "evpair.vendors.smartcar.vehicle-refill-per-minute=6000",
                "evpair.vendors.smartcar.application-management-token=" + IntegrationTest.SMARTCAR_AMT,
                "evpair.vendors.zaptec.client-id=test-zaptec-client", "evpair.vendors.zaptec.client-secret=test-zaptec-secret",
                "evpair.vendors.zaptec.first-backoff=PT0.05S",
                // Every test logs in from loopback; StrictIntegrationTest tests the limits.
                "evpair.rate-limits.requests-per-source=1000000", "evpair.rate-limits.failures-per-source=1000000"})
public abstract class IntegrationTest {
    public static final String ADMIN_PASSWORD = "test-admin-secret";
    /** base64 of 32 bytes: the vendor-token key of the tests. */
    public static final String TOKEN_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    /** Smartcar's application management token of the tests: the key of its webhook signatures. */
    public static final String SMARTCAR_AMT = "test-smartcar-amt";

    static {
        TestDatabase.configureSpring();
    }

    /** The vendor clouds are the shared WireMock stub. */
    @DynamicPropertySource
    static void vendorClouds(DynamicPropertyRegistry registry) {
        for (String vendor : new String[] {"tesla", "easee"}) {
            registry.add("evpair.vendors." + vendor + ".auth-base-url", VendorStub::baseUrl);
            registry.add("evpair.vendors." + vendor + ".api-base-url", VendorStub::baseUrl);
        }
        // Smartcar and Zaptec below their own prefixes, so their paths never meet Easee's on the one stub.
        registry.add("evpair.vendors.smartcar.auth-base-url", VendorStub::baseUrl);
        registry.add("evpair.vendors.smartcar.token-url", () -> VendorStub.baseUrl() + "/smartcar/oauth/token");
        registry.add("evpair.vendors.smartcar.api-base-url", () -> VendorStub.baseUrl() + "/smartcar/v2.0");
        registry.add("evpair.vendors.zaptec.auth-base-url", () -> VendorStub.baseUrl() + "/zaptec");
        registry.add("evpair.vendors.zaptec.api-base-url", () -> VendorStub.baseUrl() + "/zaptec");
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
