package io.evpair.app.webhooks;

import io.evpair.adapters.webhooks.CheckedTargets;
import io.evpair.adapters.webhooks.HostResolver;
import io.evpair.adapters.webhooks.ResolvingUrlPolicy;
import io.evpair.adapters.webhooks.SystemHostResolver;
import io.evpair.adapters.webhooks.WebhookSender;
import io.evpair.adapters.webhooks.WebhookSettings;
import io.evpair.engine.webhooks.WebhookDeliveries;
import io.evpair.engine.webhooks.WebhookUrlPolicy;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

/**
 * Webhook delivery (device-adapters' {@code io.evpair.adapters.webhooks}): the SSRF guard both at registration
 * ({@link WebhookUrlPolicy}) and at every connection, and the sender polling the outbox.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookSettings.class)
class WebhookWiring {
    /** Tests replace it to stage a DNS rebinding. */
    @Bean
    HostResolver hostResolver() {
        return new SystemHostResolver();
    }

    @Bean
    CheckedTargets checkedTargets(HostResolver resolver, WebhookSettings settings) {
        return new CheckedTargets(resolver, settings.allowPrivateTargets());
    }

    @Bean
    WebhookUrlPolicy webhookUrlPolicy(CheckedTargets targets) {
        return new ResolvingUrlPolicy(targets);
    }

    @Bean
    WebhookSender webhookSender(WebhookDeliveries deliveries, Clock clock, CheckedTargets targets,
                                WebhookSettings settings) {
        return new WebhookSender(deliveries, clock, targets, settings);
    }

    /** On the application's scheduler, as {@code @Scheduled} methods are. */
    @Bean
    SchedulingConfigurer webhookPolling(WebhookSender sender, WebhookSettings settings) {
        return registrar -> registrar.addFixedDelayTask(sender::sendDue, settings.poll());
    }
}
