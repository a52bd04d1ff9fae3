package io.evpair.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.adapters.kafka.ClusterSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** {@code evpair.cluster.*} is one validated record: the defaults of docs/scale-out.md, and a bad value stops the start. */
class ClusterSettingsTest {
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ClusterSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        context.run(ctx -> assertThat(ctx.getBean(ClusterSettings.class)).isEqualTo(new ClusterSettings(
                "evpair.observations", 12, (short) 3, 1, Duration.ofSeconds(30), "evpair")));
    }

    @Test
    void aBadSettingStopsTheStartNamingIt() {
        context.withPropertyValues("evpair.cluster.partitions=0")
                .run(ctx -> assertThat(ctx).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("evpair.cluster").hasMessageContaining("partitions"));
        context.withPropertyValues("evpair.cluster.topic= ")
                .run(ctx -> assertThat(ctx).hasFailed().getFailure().rootCause().hasMessageContaining("topic"));
    }
}
