package io.evpair.adapters.cloud;

import io.evpair.engine.ids.Vendor;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * HTTP to one vendor cloud, within its limits: a Resilience4j rate limiter (this instance's calls per minute to
 * that vendor) and retries with exponential backoff and jitter on 5xx and timeouts. 4xx answers, 429 included,
 * are returned at once: the caller honours {@code Retry-After} by rescheduling, never by blocking a thread.
 */
public final class CloudHttp {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CloudSettings settings;
    private final HttpClient client;
    private final RateLimiter limiter;
    private final Retry retry;

    public CloudHttp(Vendor vendor, CloudSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        this.limiter = RateLimiter.of(vendor.name(), RateLimiterConfig.custom()
                .limitForPeriod(settings.requestsPerMinute())
                .limitRefreshPeriod(Duration.ofMinutes(1))
                .timeoutDuration(Duration.ZERO)
                .build());
        this.retry = Retry.of(vendor.name(), RetryConfig.<Answer>custom()
                .maxAttempts(Math.max(1, settings.attempts()))
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(settings.firstBackoff(), 2.0, 0.5))
                .retryOnResult(answer -> answer.status() >= 500)
                .retryExceptions(IOException.class)
                .failAfterMaxAttempts(false)
                .build());
    }

    public CloudSettings settings() {
        return settings;
    }

    public Answer get(String url, String accessToken) {
        return get(url, accessToken, Map.of());
    }

    /** A GET with headers the vendor wants on every call (Volvo: {@code vcc-api-key}). */
    public Answer get(String url, String accessToken, Map<String, String> headers) {
        HttpRequest.Builder request = bearer(HttpRequest.newBuilder(URI.create(url)).GET(), accessToken);
        headers.forEach(request::header);
        return call(request);
    }

    public Answer postJson(String url, String accessToken, String json) {
        return call(bearer(HttpRequest.newBuilder(URI.create(url)), accessToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer putJson(String url, String accessToken, String json) {
        return call(bearer(HttpRequest.newBuilder(URI.create(url)), accessToken)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer postForm(String url, Map<String, String> form, Map<String, String> headers) {
        String body = form.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return call(request);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpRequest.Builder bearer(HttpRequest.Builder request, String accessToken) {
        return request.header("Authorization", "Bearer " + accessToken);
    }

    private Answer call(HttpRequest.Builder request) {
        if (!limiter.acquirePermission()) {
            return Answer.limitedLocally(Duration.ofMinutes(1).dividedBy(Math.max(1, settings.requestsPerMinute())));
        }
        HttpRequest built = request.timeout(settings.timeout()).header("Accept", "application/json").build();
        try {
            return retry.executeCheckedSupplier(() -> send(built));
        } catch (IOException e) {
            return new Answer(0, MissingNode.getInstance(), Optional.empty(), "no answer: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, MissingNode.getInstance(), Optional.empty(), "interrupted");
        } catch (Throwable e) {
            return new Answer(0, MissingNode.getInstance(), Optional.empty(), "failed: " + e.getClass().getSimpleName());
        }
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body;
        try {
            body = response.body() == null || response.body().isBlank() ? MissingNode.getInstance() : JSON.readTree(response.body());
        } catch (RuntimeException e) {
            body = MissingNode.getInstance();
        }
        Optional<Duration> retryAfter = response.headers().firstValue("Retry-After").flatMap(CloudHttp::seconds);
        return new Answer(response.statusCode(), body, retryAfter, "HTTP " + response.statusCode());
    }

    private static Optional<Duration> seconds(String header) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty(); // HTTP-date form: fall back to the default wait
        }
    }

    /**
     * A vendor's answer. {@code status} 0: none (timeout, connection refused) after the retries.
     * {@code body} is a MissingNode when empty or not JSON.
     */
    public record Answer(int status, JsonNode body, Optional<Duration> retryAfter, String summary) {
        static Answer limitedLocally(Duration wait) {
            return new Answer(429, MissingNode.getInstance(), Optional.of(wait), "local rate limit");
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }
}
