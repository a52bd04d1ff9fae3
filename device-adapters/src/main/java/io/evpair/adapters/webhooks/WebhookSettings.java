package io.evpair.adapters.webhooks;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Webhook delivery's settings ({@code evpair.webhooks.*}).
 *
 * @param allowPrivateTargets whether internal addresses may be called too, which turns the SSRF guard off: for
 *                            local mode and tests, where the receivers run on this machine
 * @param firstRetry          the back-off after a first failed delivery; it doubles with each further failure, up
 *                            to an hour
 * @param giveUpAfter         how long a webhook may keep failing before it turns inactive
 * @param parallelPerWebhook  lanes of one webhook in flight at once, and connections to its receiver
 * @param senderThreads       threads (and connections) sending for all webhooks together
 * @param poll                how often the outbox is looked at for due lanes
 */
@ConfigurationProperties("evpair.webhooks")
@Validated
public record WebhookSettings(
        @DefaultValue("false") boolean allowPrivateTargets,
        @DefaultValue("PT10S") @NotNull Duration firstRetry,
        @DefaultValue("P1D") @NotNull Duration giveUpAfter,
        @DefaultValue("4") @Min(1) int parallelPerWebhook,
        @DefaultValue("16") @Min(1) int senderThreads,
        @DefaultValue("PT1S") @NotNull Duration poll) {
}
