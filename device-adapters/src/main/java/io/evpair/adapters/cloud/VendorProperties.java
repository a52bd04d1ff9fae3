package io.evpair.adapters.cloud;

import java.time.Duration;
import java.util.Optional;

/**
 * What every vendor's {@code @ConfigurationProperties} record ({@code evpair.vendors.<vendor>.*}) has: the OAuth2
 * client, where the vendor lives and how hard we may use it. A vendor without a client id is off.
 */
public interface VendorProperties {
    String clientId();

    String clientSecret();

    String authBaseUrl();

    String apiBaseUrl();

    int requestsPerMinute();

    int attempts();

    Duration firstBackoff();

    Duration timeout();

    default Optional<CloudSettings> settings() {
        if (clientId() == null || clientId().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new CloudSettings(clientId(), clientSecret() == null ? "" : clientSecret(), authBaseUrl(),
                apiBaseUrl(), requestsPerMinute(), attempts(), firstBackoff(), timeout()));
    }
}
