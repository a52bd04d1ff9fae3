package io.evpair.adapters.webhooks;

import io.evpair.engine.webhooks.WebhookDeliveries;
import io.evpair.engine.webhooks.WebhookDeliveries.Batch;
import io.evpair.engine.webhooks.WebhookDeliveries.Lane;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the webhook outbox: batches of up to 100 events as one JSON array, signed with HMAC-SHA256 of the raw
 * body under the webhook's secret. A lane with a backlog is sent back to back; several lanes of one webhook
 * are in flight at once (at most {@link WebhookSettings#parallelPerWebhook()}), so a slow receiver holds a
 * few threads, never the others. Every connection goes to an address checked by {@link CheckedTargets}.
 * Failures back off exponentially (with jitter) for about a day, then the webhook turns inactive. At least
 * once: a batch whose fate is unknown is sent again. The application calls {@link #sendDue()} every
 * {@link WebhookSettings#poll()}.
 */
public final class WebhookSender implements AutoCloseable {
    static final String SIGNATURE_HEADER = "X-Evpair-Signature";
    static final String DELIVERY_HEADER = "X-Evpair-Delivery";
    /** The most events sent in one request. */
    public static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final WebhookDeliveries deliveries;
    private final Clock clock;
    private final Duration firstRetry;
    private final Duration giveUpAfter;
    private final int parallelPerWebhook;
    private final CloseableHttpClient http;
    private final ExecutorService pool;
    private final Set<Lane> busyLanes = ConcurrentHashMap.newKeySet();
    private final Map<UUID, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final AtomicBoolean polling = new AtomicBoolean();

    public WebhookSender(WebhookDeliveries deliveries, Clock clock, CheckedTargets targets, WebhookSettings settings) {
        this.deliveries = deliveries;
        this.clock = clock;
        this.firstRetry = settings.firstRetry();
        this.giveUpAfter = settings.giveUpAfter();
        this.parallelPerWebhook = settings.parallelPerWebhook();
        int threads = settings.senderThreads();
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(targets)
                        .setMaxConnPerRoute(parallelPerWebhook)
                        .setMaxConnTotal(threads)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(5)).setSocketTimeout(Timeout.ofSeconds(10)).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.ofSeconds(10)).setConnectionRequestTimeout(Timeout.ofSeconds(5)).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "webhook-sender");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts sending every due lane that is not in flight yet; returns at once when a look is already under way. */
    public void sendDue() {
        if (!polling.compareAndSet(false, true)) {
            return;
        }
        try {
            for (Lane lane : deliveries.dueLanes(clock.instant(), 1000)) {
                dispatch(lane);
            }
        } finally {
            polling.set(false);
        }
    }

    private void dispatch(Lane lane) {
        AtomicInteger webhookInFlight = inFlight.computeIfAbsent(lane.webhookId(), id -> new AtomicInteger());
        if (!busyLanes.add(lane)) {
            return;
        }
        if (webhookInFlight.incrementAndGet() > parallelPerWebhook) {
            webhookInFlight.decrementAndGet();
            busyLanes.remove(lane);
            return;
        }
        pool.execute(() -> {
            boolean sentAny = false;
            try {
                sentAny = drain(lane);
            } finally {
                webhookInFlight.decrementAndGet();
                busyLanes.remove(lane);
            }
            if (sentAny) {
                // Other lanes may have waited for this one's slot: look again now rather than at the next tick.
                sendDue();
            }
        });
    }

    /** Sends the lane back to back while batches come full and go through. */
    private boolean drain(Lane lane) {
        boolean sentAny = false;
        while (true) {
            Outcome outcome = sendOne(lane);
            sentAny |= outcome != Outcome.NOTHING;
            if (outcome != Outcome.FULL_BATCH_DELIVERED) {
                return sentAny;
            }
        }
    }

    private enum Outcome { NOTHING, DELIVERED, FULL_BATCH_DELIVERED, FAILED }

    Outcome sendOne(Lane lane) {
        Batch batch = deliveries.lease(lane, BATCH, clock.instant(), LEASE).orElse(null);
        if (batch == null) {
            return Outcome.NOTHING;
        }
        String body = "[" + String.join(",", batch.eventsJson()) + "]";
        try {
            HttpPost post = new HttpPost(batch.webhook().url());
            post.setHeader(SIGNATURE_HEADER, "sha256=" + sign(batch.webhook().secret(), body));
            post.setHeader(DELIVERY_HEADER, UUID.randomUUID().toString());
            post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
            int status = http.execute(post, response -> {
                EntityUtils.consume(response.getEntity());
                return response.getCode();
            });
            if (status / 100 == 2) {
                deliveries.delivered(batch, clock.instant());
                return batch.ids().size() == BATCH ? Outcome.FULL_BATCH_DELIVERED : Outcome.DELIVERED;
            }
            fail(batch, "HTTP " + status);
        } catch (CheckedTargets.InternalTargetException e) {
            fail(batch, e.getMessage());
        } catch (Exception e) {
            fail(batch, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        return Outcome.FAILED;
    }

    private void fail(Batch batch, String reason) {
        Instant now = clock.instant();
        long backoffSeconds = Math.min(firstRetry.toSeconds() << Math.min(batch.attempts() - 1, 12), Duration.ofHours(1).toSeconds());
        long jitter = ThreadLocalRandom.current().nextLong(Math.max(1, backoffSeconds / 5));
        log.info("Webhook {} delivery of {} event(s) failed ({}), attempt {}; retrying in {} s",
                batch.webhook().id(), batch.ids().size(), reason, batch.attempts(), backoffSeconds + jitter);
        deliveries.failed(batch, now, now.plusSeconds(backoffSeconds + jitter), reason, giveUpAfter);
    }

    public static String sign(String secret, String body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void close() throws IOException {
        pool.shutdownNow();
        http.close();
    }
}
