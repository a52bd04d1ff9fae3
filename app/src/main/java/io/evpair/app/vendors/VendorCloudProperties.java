package io.evpair.app.vendors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code evpair.vendors.*}: what every vendor cloud shares; each vendor's own keys
 * ({@code evpair.vendors.<vendor>.*}) are its package's record in device-adapters.
 *
 * @param tokenKey          base64 of 32 random bytes ({@code openssl rand -base64 32}) that encrypts stored vendor
 *                          tokens; required once any vendor is configured
 * @param previousTokenKeys the keys {@code token-key} replaces, newest first: they still decrypt the tokens they
 *                          encrypted, and each start encrypts those again with {@code token-key} (docs/security.md)
 * @param poll              how vendor devices are polled
 */
@ConfigurationProperties("evpair.vendors")
@Validated
public record VendorCloudProperties(@DefaultValue("") @NotNull String tokenKey, @DefaultValue @NotNull List<String> previousTokenKeys,
                                    @DefaultValue @NotNull @Valid Poll poll) {
    /**
     * @param tick       how often each vendor's poller threads look for due polls
     * @param threads    poller threads per vendor
     * @param batch      due polls one thread claims at a time
     * @param active     poll interval of a device that is charging
     * @param idle       poll interval of a device that is plugged in or awake but not charging
     * @param asleep     poll interval of a device that sleeps (polling wakes some vehicles)
     * @param maxBackoff the longest wait between polls of a device whose polls keep failing
     * @param lease      how long a claimed poll is held before another thread or instance may take it over
     */
    public record Poll(@DefaultValue("PT5S") @NotNull @DurationMin(millis = 1) Duration tick,
                       @DefaultValue("2") @Positive int threads,
                       @DefaultValue("20") @Positive int batch,
                       @DefaultValue("PT1M") @NotNull @DurationMin(millis = 1) Duration active,
                       @DefaultValue("PT15M") @NotNull @DurationMin(millis = 1) Duration idle,
                       @DefaultValue("PT30M") @NotNull @DurationMin(millis = 1) Duration asleep,
                       @DefaultValue("PT1H") @NotNull @DurationMin(millis = 1) Duration maxBackoff,
                       @DefaultValue("PT2M") @NotNull @DurationMin(millis = 1) Duration lease) {
    }
}
