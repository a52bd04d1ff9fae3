package io.evpair.app.support;

import io.evpair.app.webhooks.StagedDns;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service as production runs it where the shared test context is lenient: webhooks may not call private
 * addresses, login rate limits are low, and the client address comes from X-Forwarded-For (a proxy on
 * loopback is trusted), so that a test can play many sources. Name resolution is {@link StagedDns}. Its own
 * database, so that its webhook sender never works the shared context's outbox, nor the other way round.
 */
@Import(StagedDns.class)
public abstract class StrictIntegrationTest extends IntegrationTest {
    public static final int REQUESTS_PER_SOURCE = 40;
    public static final int FAILURES_PER_SOURCE = 6;
    public static final int FAILURES_PER_PRINCIPAL = 3;

    private static String database;

    @DynamicPropertySource
    static void strict(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", StrictIntegrationTest::database);
        registry.add("evpair.webhooks.allow-private-targets", () -> "false");
        registry.add("evpair.rate-limits.requests-per-source", () -> REQUESTS_PER_SOURCE);
        registry.add("evpair.rate-limits.failures-per-source", () -> FAILURES_PER_SOURCE);
        registry.add("evpair.rate-limits.failures-per-principal", () -> FAILURES_PER_PRINCIPAL);
        registry.add("server.forward-headers-strategy", () -> "native");
    }

    private static synchronized String database() {
        if (database == null) {
            database = TestDatabase.separateDatabaseUrl();
        }
        return database;
    }
}
