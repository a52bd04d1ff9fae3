package io.evpair.app.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.ChildInstance;
import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19: single observations sent concurrently are written in shared transactions (group commit); an instance
 * killed with SIGKILL while groups are being written has stored every observation it answered 200 for. What it never
 * answered may or may not be stored: the sender retries those, and a retry is de-duplicated.
 */
class GroupCommitCrashTest extends IntegrationTest {
    private static final int SENDERS = 16;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 400;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aKillDuringGroupCommitsLosesNoAcknowledgedObservation() throws Exception {
        ChildInstance child = ChildInstance.start("group-commit-crash", List.of("evpair.simulator.enabled=true",
                "evpair.admin.password=" + ADMIN_PASSWORD, "evpair.dev-client.enabled=false", "spring.main.banner-mode=off"));
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            Http.Client client = child.awaitReady().newClient(ADMIN_PASSWORD);
            for (int s = 0; s < SENDERS; s++) {
                client.simulatedVehicle("crash-user-" + s, "crash-car-" + s);
            }
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
            Instant start = Instant.parse("2026-05-01T00:00:00Z");
            for (int s = 0; s < SENDERS; s++) {
                String car = "crash-car-" + s;
                senders.submit(() -> {
                    for (int n = 0; ; n++) {
                        Instant at = start.plusSeconds(n);
                        Http.Response r;
                        try {
                            r = client.post("/simulator/observations", """
                                    {"observations":[{"vendorDeviceId":"%s","deviceType":"VEHICLE","observedAt":"%s",
                                      "receivedAt":"%s","isPluggedIn":true,"isCharging":%s,"batteryLevel":%d}]}"""
                                    .formatted(car, at, at, n % 2 == 0, n % 100));
                        } catch (IllegalStateException gone) {
                            return null;
                        }
                        if (r.status() == 200) {
                            acknowledged.add(car + "@" + at);
                            enough.countDown();
                        }
                    }
                });
            }
            assertThat(enough.await(120, TimeUnit.SECONDS)).as("%d observations acknowledged", ACKNOWLEDGED_BEFORE_KILL).isTrue();
            child.process().destroyForcibly().waitFor();
            senders.shutdown();
            assertThat(senders.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            List<String> acknowledgedCopy = new ArrayList<>(acknowledged);

            List<String> stored = jdbc.sql("""
                            select v.vendor_device_id || '@' || to_char(o.observed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                            from observation o join vehicle v on v.id = o.device_id
                            join api_client c on c.id = o.client_id where c.client_id = ?""")
                    .param(client.clientId).query(String.class).list();
            assertThat(stored).as("every acknowledged observation is stored").containsAll(acknowledgedCopy);
            int transactions = jdbc.sql("""
                            select count(distinct o.xmin::text) from observation o join api_client c on c.id = o.client_id
                            where c.client_id = ?""")
                    .param(client.clientId).query(Integer.class).single();
            assertThat(transactions).as("transactions that wrote the %d stored observations: groups formed", stored.size())
                    .isLessThan(stored.size());
        } finally {
            senders.shutdownNow();
            child.process().destroyForcibly();
        }
    }
}
