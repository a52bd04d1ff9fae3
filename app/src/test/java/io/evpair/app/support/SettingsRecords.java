package io.evpair.app.support;

import io.evpair.adapters.kafka.ClusterSettings;
import io.evpair.adapters.webhooks.WebhookSettings;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** The modules' settings records bound and validated as the application does, and nothing else started. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({WebhookSettings.class, ClusterSettings.class})
public class SettingsRecords {
    public static ApplicationContextRunner context() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                .withUserConfiguration(SettingsRecords.class);
    }
}
