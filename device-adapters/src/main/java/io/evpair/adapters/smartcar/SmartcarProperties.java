package io.evpair.adapters.smartcar;

import io.evpair.adapters.cloud.VendorProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code evpair.vendors.smartcar.*}: a Smartcar application; a client id turns Smartcar on.
 *
 * @param clientId                   our application's OAuth2 client id at the vendor; set, the vendor is on
 * @param clientSecret               its OAuth2 client secret
 * @param authBaseUrl                where the vendor's OAuth2 authorization and token endpoints live
 * @param apiBaseUrl                 where the vendor's API lives
 * @param requestsPerMinute          API requests a minute to the vendor, for all users together
 * @param attempts                   tries of one API call, with exponential backoff and jitter between them
 * @param firstBackoff               the wait before the second try
 * @param timeout                    how long one API call may take
 * @param tokenUrl                   Smartcar's token endpoint lives on another host than its Connect login page
 * @param mode                       Connect's {@code mode}: {@code live}, or {@code simulated} for Smartcar's simulator
 * @param pollInterval               at most one poll per vehicle this often (Smartcar recommends 30 minutes)
 * @param vehicleRequests            the per-vehicle request bucket
 * @param vehicleRefillPerMinute     its refill
 * @param applicationManagementToken the key of the webhooks' {@code SC-Signature}; unset: webhooks are refused
 */
@ConfigurationProperties("evpair.vendors.smartcar")
@Validated
public record SmartcarProperties(
        String clientId,
        @DefaultValue("") String clientSecret,
        @DefaultValue("https://connect.smartcar.com") @Pattern(regexp = "https?://.+") String authBaseUrl,
        @DefaultValue("https://api.smartcar.com/v2.0") @Pattern(regexp = "https?://.+") String apiBaseUrl,
        @DefaultValue("https://auth.smartcar.com/oauth/token") @Pattern(regexp = "https?://.+") String tokenUrl,
        @DefaultValue("live") @Pattern(regexp = "live|simulated|test") String mode,
        @DefaultValue("600") @Min(1) int requestsPerMinute,
        @DefaultValue("3") @Min(1) int attempts,
        @DefaultValue("PT1S") @NotNull Duration firstBackoff,
        @DefaultValue("PT10S") @NotNull Duration timeout,
        @DefaultValue("PT30M") @NotNull Duration pollInterval,
        @DefaultValue("120") @Min(1) int vehicleRequests,
        @DefaultValue("2") @Min(0) double vehicleRefillPerMinute,
        @DefaultValue("") String applicationManagementToken) implements VendorProperties {
}
