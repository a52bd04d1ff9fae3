package io.evpair.app.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.adapters.webhooks.WebhookSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** {@code evpair.webhooks.*} is one validated record: the documented defaults, and a bad value stops the start. */
class WebhookSettingsTest {
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(WebhookSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

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
