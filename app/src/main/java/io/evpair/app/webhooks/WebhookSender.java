package io.evpair.app.webhooks;

import io.evpair.engine.webhooks.WebhookDeliveries;
import io.evpair.engine.webhooks.WebhookDeliveries.Batch;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the webhook outbox: each due webhook's deliveries as one JSON array, signed with HMAC-SHA256 of the
 * raw body under the webhook's secret. Webhooks are sent from a small pool with short timeouts, so a slow
 * receiver holds one thread, never the others. Failures back off exponentially (with jitter) for about a day,
 * then the webhook turns inactive. At least once: a batch whose fate is unknown is sent again.
 */
@Component
class WebhookSender {
    static final String SIGNATURE_HEADER = "X-Evpair-Signature";
    static final String DELIVERY_HEADER = "X-Evpair-Delivery";
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int BATCH = 50;
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final WebhookDeliveries deliveries;
    private final Clock clock;
    private final Duration firstRetry;
    private final Duration giveUpAfter;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "webhook-sender");
        t.setDaemon(true);
        return t;
    });

    WebhookSender(WebhookDeliveries deliveries, Clock clock,
                  @Value("${evpair.webhooks.first-retry:PT10S}") Duration firstRetry,
                  @Value("${evpair.webhooks.give-up-after:P1D}") Duration giveUpAfter) {
        this.deliveries = deliveries;
        this.clock = clock;
        this.firstRetry = firstRetry;
        this.giveUpAfter = giveUpAfter;
    }

    @Scheduled(fixedDelayString = "${evpair.webhooks.poll:PT1S}")
    void sendDue() {
        for (UUID webhook : deliveries.webhooksWithDueDeliveries(clock.instant(), 100)) {
            pool.execute(() -> sendOne(webhook));
        }
    }

    void sendOne(UUID webhookId) {
        Instant now = clock.instant();
        deliveries.lease(webhookId, BATCH, now, LEASE).ifPresent(batch -> {
            String body = "[" + String.join(",", batch.eventsJson()) + "]";
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(batch.webhook().url()))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .header(SIGNATURE_HEADER, "sha256=" + sign(batch.webhook().secret(), body))
                        .header(DELIVERY_HEADER, UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() / 100 == 2) {
                    deliveries.delivered(batch, clock.instant());
                } else {
                    fail(batch, "HTTP " + response.statusCode());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                fail(batch, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
        });
    }

    private void fail(Batch batch, String reason) {
        Instant now = clock.instant();
        long backoffSeconds = Math.min(firstRetry.toSeconds() << Math.min(batch.attempts() - 1, 12), Duration.ofHours(1).toSeconds());
        long jitter = ThreadLocalRandom.current().nextLong(Math.max(1, backoffSeconds / 5));
        log.info("Webhook {} delivery of {} event(s) failed ({}), attempt {}; retrying in {} s",
                batch.webhook().id(), batch.ids().size(), reason, batch.attempts(), backoffSeconds + jitter);
        deliveries.failed(batch, now, now.plusSeconds(backoffSeconds + jitter), reason, giveUpAfter);
    }

    static String sign(String secret, String body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
