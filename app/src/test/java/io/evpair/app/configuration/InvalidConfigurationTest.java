package io.evpair.app.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.api.problems.HttpProperties;
import io.evpair.api.security.AdminProperties;
import io.evpair.api.security.AuthProperties;
import io.evpair.app.housekeeping.EngineClockProperties;
import io.evpair.app.localmode.DevClientProperties;
import io.evpair.app.metrics.MetricsProperties;
import io.evpair.app.security.RateLimitProperties;
import io.evpair.app.vendors.VendorCloudProperties;
import io.evpair.app.wiring.ActionProperties;
import io.evpair.app.wiring.DeviceProperties;
import io.evpair.app.wiring.IngestProperties;
import io.evpair.app.wiring.ObservationProperties;
import io.evpair.app.wiring.OcppProperties;
import io.evpair.app.wiring.PairingProperties;
import io.evpair.app.wiring.SimulatorProperties;
import io.evpair.adapters.kafka.ClusterSettings;
import io.evpair.adapters.webhooks.WebhookSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** A setting out of range stops the start, and the message names the key to fix. */
class InvalidConfigurationTest {
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ActionProperties.class, DeviceProperties.class, IngestProperties.class,
            ObservationProperties.class, OcppProperties.class, PairingProperties.class, SimulatorProperties.class,
            VendorCloudProperties.class, RateLimitProperties.class, DevClientProperties.class, AdminProperties.class,
            AuthProperties.class, HttpProperties.class, EngineClockProperties.class, MetricsProperties.class,
            WebhookSettings.class, ClusterSettings.class})
    static class AllSettings {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(AllSettings.class);

    @ParameterizedTest
    @CsvSource({
            "evpair.actions.dispatch-threads, -1",
            "evpair.actions.timeout, -PT1S",
            "evpair.actions.first-retry, 0s",
            "evpair.devices.reachable-within, PT0S",
            "evpair.ingest.writers, 0",
            "evpair.ingest.max-group-rows, -5",
            "evpair.observations.max-clock-skew, -PT1M",
            "evpair.observations.retention, PT0S",
            "evpair.observations.retention-check, -PT1H",
            "evpair.engine.tick, PT0S",
            "evpair.metrics.refresh, -PT15S",
            "evpair.ocpp.remote-start-id-tag, an-id-tag-over-twenty-characters",
            "evpair.ocpp.meter-value-interval, PT0.5S",
            "evpair.pairing.rebuild-window, -P1D",
            "evpair.simulator.max-clock-lead, -PT1S",
            "evpair.vendors.poll.threads, 0",
            "evpair.vendors.poll.lease, -PT2M",
            "evpair.rate-limits.failures-per-principal, -10",
            "evpair.dev-client.client-id, ' '",
            "evpair.admin.username, ' '",
            "evpair.auth.token-ttl, PT0S",
            "evpair.http.max-body-size, 0MB",
            "evpair.webhooks.sender-threads, 0",
            "evpair.cluster.partitions, 0",
            "evpair.actions.timeout, ten minutes",
    })
    void aValueOutOfRangeStopsTheStartNamingItsKey(String key, String value) {
        context.withPropertyValues(key + "=" + value).run(started -> {
            assertThat(started).hasFailed();
            assertThat(messages(started.getStartupFailure())).contains(key);
        });
    }

    @Test
    void withNothingSetTheDefaultsHold() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(ActionProperties.class)).isEqualTo(new ActionProperties(Duration.ofMinutes(10),
                    Duration.ofSeconds(30), 32));
            assertThat(started.getBean(VendorCloudProperties.class).poll().lease()).isEqualTo(Duration.ofMinutes(2));
            assertThat(started.getBean(HttpProperties.class).maxBodySize()).isEqualTo(DataSize.ofMegabytes(8));
            assertThat(started.getBean(AdminProperties.class).password()).isEmpty();
        });
    }

    /** The keys are the ones the {@code @Value}s read before: users' configuration keeps working. */
    @Test
    void theKeysAreTheOnesUsersAlreadySet() {
        context.withPropertyValues("evpair.vendors.poll.max-backoff=PT2H", "evpair.auth.token-ttl=PT12H",
                "evpair.ingest.max-group-rows=500").run(started -> {
            assertThat(started.getBean(VendorCloudProperties.class).poll().maxBackoff()).isEqualTo(Duration.ofHours(2));
            assertThat(started.getBean(AuthProperties.class).tokenTtl()).isEqualTo(Duration.ofHours(12));
            assertThat(started.getBean(IngestProperties.class).maxGroupRows()).isEqualTo(500);
        });
    }

    /** Spring wraps the binding failure; the key is in the message of one of the causes. */
    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
