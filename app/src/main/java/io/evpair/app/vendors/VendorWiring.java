package io.evpair.app.vendors;

import io.evpair.adapters.cloud.CloudHttp;
import io.evpair.adapters.cloud.CloudSettings;
import io.evpair.adapters.easee.EaseeCloud;
import io.evpair.adapters.tesla.TeslaCloud;
import io.evpair.engine.adapters.ObservationSink;
import io.evpair.engine.devices.DeviceRegistration;
import io.evpair.engine.devices.DeviceStateStore;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.linking.LinkSessionStore;
import io.evpair.engine.linking.LinkSessions;
import io.evpair.engine.transaction.Transactions;
import io.evpair.engine.users.UserStore;
import io.evpair.engine.vendors.AuthorizationStateStore;
import io.evpair.engine.vendors.CloudCommands;
import io.evpair.engine.vendors.PollCadence;
import io.evpair.engine.vendors.PollSchedule;
import io.evpair.engine.vendors.VendorAccessTokens;
import io.evpair.engine.vendors.VendorAccountStore;
import io.evpair.engine.vendors.VendorCloud;
import io.evpair.engine.vendors.VendorLinking;
import io.evpair.engine.vendors.VendorPolling;
import io.evpair.engine.webhooks.EventOutbox;
import io.evpair.persistence.vendors.JdbcVendorAccountStore;
import io.evpair.persistence.vendors.TokenCipher;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Vendor clouds from configuration: each vendor with {@code evpair.vendors.<name>.client-id} set is linked, polled
 * and commanded. Tokens are encrypted with {@code evpair.vendors.token-key}; with a vendor configured and no key,
 * the service refuses to start.
 */
@Configuration(proxyBeanMethods = false)
class VendorWiring {
    @Bean
    ConfiguredClouds configuredClouds(Environment env, Clock clock) {
        List<VendorCloud> clouds = new ArrayList<>();
        settings(env, "tesla", "https://auth.tesla.com", "https://fleet-api.prd.na.vn.cloud.tesla.com")
                .ifPresent(s -> clouds.add(new TeslaCloud(new CloudHttp(TeslaCloud.VENDOR, s), clock)));
        settings(env, "easee", "https://api.easee.com", "https://api.easee.com")
                .ifPresent(s -> clouds.add(new EaseeCloud(new CloudHttp(EaseeCloud.VENDOR, s), clock)));
        return ConfiguredClouds.of(clouds);
    }

    private static java.util.Optional<CloudSettings> settings(Environment env, String name, String authBase, String apiBase) {
        String prefix = "evpair.vendors." + name + ".";
        String clientId = env.getProperty(prefix + "client-id");
        if (clientId == null || clientId.isBlank()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new CloudSettings(clientId, env.getProperty(prefix + "client-secret", ""),
                env.getProperty(prefix + "auth-base-url", authBase), env.getProperty(prefix + "api-base-url", apiBase),
                env.getProperty(prefix + "requests-per-minute", Integer.class, 600),
                env.getProperty(prefix + "attempts", Integer.class, 3),
                env.getProperty(prefix + "first-backoff", Duration.class, Duration.ofSeconds(1)),
                env.getProperty(prefix + "timeout", Duration.class, Duration.ofSeconds(10))));
    }

    @Bean
    TokenCipher tokenCipher(ConfiguredClouds clouds, @Value("${evpair.vendors.token-key:}") String key) {
        if (key.isBlank()) {
            if (!clouds.byVendor().isEmpty()) {
                throw new IllegalStateException("evpair.vendors.token-key must be set (base64 of 32 random bytes, e.g."
                        + " `openssl rand -base64 32`) when vendor clouds are configured: " + clouds.byVendor().keySet());
            }
            byte[] throwaway = new byte[32]; // nothing is ever encrypted without a configured vendor
            new SecureRandom().nextBytes(throwaway);
            return TokenCipher.fromBase64(Base64.getEncoder().encodeToString(throwaway));
        }
        return TokenCipher.fromBase64(key);
    }

    @Bean
    VendorAccountStore vendorAccountStore(JdbcClient jdbc, TokenCipher cipher) {
        return new JdbcVendorAccountStore(jdbc, cipher);
    }

    @Bean
    VendorAccessTokens vendorAccessTokens(VendorAccountStore accounts, ConfiguredClouds clouds, Transactions transactions,
                                          Clock clock) {
        return new VendorAccessTokens(accounts, clouds.byVendor(), transactions, clock);
    }

    @Bean
    CloudAdapters cloudAdapters(ConfiguredClouds clouds, VendorAccessTokens tokens, DeviceStore devices) {
        return new CloudAdapters(clouds.byVendor().values().stream()
                .map(cloud -> new CloudCommands(cloud, tokens, devices)).toList());
    }

    @Bean
    VendorLinking vendorLinking(LinkSessions sessions, LinkSessionStore sessionStore, AuthorizationStateStore states,
                                ConfiguredClouds clouds, VendorAccountStore accounts, DeviceRegistration registration,
                                DeviceStore devices, UserStore users, PollSchedule schedule, EventOutbox outbox,
                                Transactions transactions, Clock clock) {
        return new VendorLinking(sessions, sessionStore, states, clouds.byVendor(), accounts, registration, devices, users,
                schedule, outbox, transactions, clock, new SecureRandom());
    }

    @Bean
    VendorPolling vendorPolling(PollSchedule schedule, DeviceStore devices, DeviceStateStore states,
                                VendorAccessTokens tokens, ObservationSink sink, ConfiguredClouds clouds, Clock clock,
                                @Value("${evpair.vendors.poll.active:PT1M}") Duration active,
                                @Value("${evpair.vendors.poll.idle:PT15M}") Duration idle,
                                @Value("${evpair.vendors.poll.asleep:PT30M}") Duration asleep,
                                @Value("${evpair.vendors.poll.max-backoff:PT1H}") Duration maxBackoff,
                                @Value("${evpair.vendors.poll.lease:PT2M}") Duration lease) {
        return new VendorPolling(schedule, devices, states, tokens, sink, clouds.byVendor(),
                new PollCadence(active, idle, asleep, maxBackoff), clock, () -> ThreadLocalRandom.current().nextDouble(),
                lease);
    }
}
