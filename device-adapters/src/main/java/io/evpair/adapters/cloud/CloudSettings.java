package io.evpair.adapters.cloud;

import java.time.Duration;
import java.util.Objects;

/**
 * One vendor cloud's configuration ({@code evpair.vendors.<vendor>.*}): OAuth2 client, where its authorization
 * server and API live, and how hard we may use it.
 *
 * @param requestsPerMinute this instance's budget of API calls per minute across all the vendor's devices
 * @param attempts          tries per call on 5xx and timeouts (1 = no retry)
 * @param firstBackoff      wait before the first retry; doubles, with ±50 % jitter
 */
public record CloudSettings(String clientId, String clientSecret, String authBaseUrl, String apiBaseUrl,
                            int requestsPerMinute, int attempts, Duration firstBackoff, Duration timeout) {
    public CloudSettings {
        Objects.requireNonNull(clientId, "clientId");
        authBaseUrl = trimSlash(Objects.requireNonNull(authBaseUrl, "authBaseUrl"));
        apiBaseUrl = trimSlash(Objects.requireNonNull(apiBaseUrl, "apiBaseUrl"));
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String toString() {
        return "CloudSettings[clientId=" + clientId + ", authBaseUrl=" + authBaseUrl + ", apiBaseUrl=" + apiBaseUrl
                + ", secret hidden]";
    }
}
