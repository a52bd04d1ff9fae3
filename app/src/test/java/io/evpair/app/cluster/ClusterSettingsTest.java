package io.evpair.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.adapters.kafka.ClusterSettings;
import io.evpair.app.support.SettingsRecords;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code evpair.cluster.*} is one validated record: the defaults of docs/scale-out.md, and a bad value stops the start. */
class ClusterSettingsTest {
    private final ApplicationContextRunner context = SettingsRecords.context();

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
