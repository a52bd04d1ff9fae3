package io.evpair.adapters.blueprint;

import io.evpair.adapters.cloud.VendorProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code evpair.vendors.blueprint.*}: the blueprint vendor, off unless a client id is set.
 *
 * @param clientId          our application's OAuth2 client id at the vendor; set, the vendor is on
 * @param clientSecret      its OAuth2 client secret
 * @param authBaseUrl       where the vendor's OAuth2 authorization and token endpoints live
 * @param apiBaseUrl        where the vendor's API lives
 * @param requestsPerMinute API requests a minute to the vendor, for all users together
 * @param attempts          tries of one API call, with exponential backoff and jitter between them
 * @param firstBackoff      the wait before the second try
 * @param timeout           how long one API call may take
 */
@ConfigurationProperties("evpair.vendors.blueprint")
@Validated
public record BlueprintProperties(
        String clientId,
        @DefaultValue("") String clientSecret,
        @DefaultValue("https://blueprint.example") @Pattern(regexp = "https?://.+") String authBaseUrl,
        @DefaultValue("https://blueprint.example") @Pattern(regexp = "https?://.+") String apiBaseUrl,
        @DefaultValue("600") @Min(1) int requestsPerMinute,
        @DefaultValue("3") @Min(1) int attempts,
        @DefaultValue("PT1S") @NotNull Duration firstBackoff,
        @DefaultValue("PT10S") @NotNull Duration timeout) implements VendorProperties {
}
