package io.evpair.app.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.adapters.webhooks.WebhookSettings;
import io.evpair.app.support.SettingsRecords;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code evpair.webhooks.*} is one validated record: the documented defaults, and a bad value stops the start. */
class WebhookSettingsTest {
    private final ApplicationContextRunner context = SettingsRecords.context();

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        context.run(ctx -> assertThat(ctx.getBean(WebhookSettings.class)).isEqualTo(new WebhookSettings(false,
                Duration.ofSeconds(10), Duration.ofDays(1), 4, 16, Duration.ofSeconds(1))));
        context.withPropertyValues("evpair.webhooks.allow-private-targets=true", "evpair.webhooks.first-retry=PT1S")
                .run(ctx -> {
                    assertThat(ctx.getBean(WebhookSettings.class).allowPrivateTargets()).isTrue();
                    assertThat(ctx.getBean(WebhookSettings.class).firstRetry()).isEqualTo(Duration.ofSeconds(1));
                });
    }

    @Test
    void aBadSettingStopsTheStartNamingIt() {
        context.withPropertyValues("evpair.webhooks.parallel-per-webhook=0")
                .run(ctx -> assertThat(ctx).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("evpair.webhooks").hasMessageContaining("parallelPerWebhook"));
    }
}
