package io.evpair.app.vendors;

import io.evpair.adapters.cloud.VendorDefinition;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.observations.ObservationSink;
import io.evpair.engine.catalog.DeviceRegistration;
import io.evpair.engine.devices.DeviceStateStore;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.linking.LinkSessionStore;
import io.evpair.engine.linking.LinkSessions;
import io.evpair.engine.transaction.Transactions;
import io.evpair.engine.users.UserStore;
import io.evpair.engine.vendors.AuthorizationStateStore;
import io.evpair.engine.vendors.OwnerTokens;
import io.evpair.engine.vendors.PollCadence;
import io.evpair.engine.vendors.PollSchedule;
import io.evpair.engine.vendors.VendorAccessTokens;
import io.evpair.engine.vendors.VendorAccountStore;
import io.evpair.engine.vendors.VendorLinking;
import io.evpair.engine.vendors.VendorPolling;
import io.evpair.engine.vendors.VendorPushes;
import io.evpair.engine.webhooks.EventOutbox;
import io.evpair.persistence.vendors.JdbcVendorAccountStore;
import io.evpair.persistence.vendors.TokenCipher;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Vendor clouds from configuration: each vendor package declares a {@link VendorDefinition} with its validated
 * {@code @ConfigurationProperties} record; each with {@code evpair.vendors.<name>.client-id} set is linked, polled
 * and commanded. Tokens are encrypted with {@code evpair.vendors.token-key}; with a vendor configured and no key,
 * the service refuses to start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VendorCloudProperties.class)
class VendorWiring {
    private static final Logger log = LoggerFactory.getLogger(VendorWiring.class);

    @Bean
    VendorRegistry vendorRegistry(List<VendorDefinition> definitions, VendorAccessTokens tokens, DeviceStore devices,
                                  Clock clock) {
        return VendorRegistry.of(definitions, vendor -> new OwnerTokens(vendor, tokens, devices), clock);
    }

    @Bean
    TokenCipher tokenCipher(List<VendorDefinition> vendors, VendorCloudProperties properties) {
        String key = properties.tokenKey();
        if (key.isBlank()) {
            List<Vendor> configured = vendors.stream().filter(v -> v.settings().isPresent()).map(VendorDefinition::vendor).toList();
            if (!configured.isEmpty()) {
                throw new IllegalStateException("evpair.vendors.token-key must be set (base64 of 32 random bytes, e.g."
                        + " `openssl rand -base64 32`) when vendor clouds are configured: " + configured);
            }
            byte[] throwaway = new byte[32]; // nothing is ever encrypted without a configured vendor
            new SecureRandom().nextBytes(throwaway);
            return TokenCipher.fromBase64(Base64.getEncoder().encodeToString(throwaway));
        }
        return TokenCipher.fromBase64(key, properties.previousTokenKeys());
    }

    /**
     * Once the key has been replaced, tokens the previous keys encrypted are encrypted again with the new one at start,
     * so that the previous keys can be dropped from the configuration afterwards.
     */
    @Bean
    ApplicationRunner vendorTokensSealedWithTheCurrentKey(TokenCipher cipher, JdbcVendorAccountStore accounts) {
        return args -> {
            if (cipher.replacesKeys()) {
                int sealed = accounts.sealWithCurrentKey();
                log.info("Encrypted the tokens of {} vendor accounts again with evpair.vendors.token-key; once every"
                        + " instance runs with this key, evpair.vendors.previous-token-keys can be removed", sealed);
            }
        };
    }

    @Bean
    VendorAccessTokens vendorAccessTokens(VendorAccountStore accounts, ObjectProvider<VendorRegistry> registry,
                                          Transactions transactions, Clock clock) {
        // The registry's device adapters need these tokens, and these tokens need the registry's clouds to refresh:
        // the registry is looked up at the first refresh, long after both exist.
        return new VendorAccessTokens(accounts, (vendor, tokens) -> registry.getObject().byVendor().get(vendor).refresh(tokens),
                transactions, clock);
    }

    @Bean
    VendorLinking vendorLinking(LinkSessions sessions, LinkSessionStore sessionStore, AuthorizationStateStore states,
                                VendorRegistry clouds, VendorAccountStore accounts, DeviceRegistration registration,
                                DeviceStore devices, UserStore users, PollSchedule schedule, EventOutbox outbox,
                                Transactions transactions, Clock clock) {
        return new VendorLinking(sessions, sessionStore, states, clouds.byVendor(), accounts, registration, devices, users,
                schedule, outbox, transactions, clock, new SecureRandom());
    }

    @Bean
    VendorPushes vendorPushes(VendorRegistry clouds, DeviceStore devices, ObservationSink sink, Clock clock) {
        return new VendorPushes(clouds.byVendor(), devices, sink, clock);
    }

    @Bean
    VendorPolling vendorPolling(PollSchedule schedule, DeviceStore devices, DeviceStateStore states,
                                VendorAccessTokens tokens, ObservationSink sink, VendorRegistry clouds, Clock clock,
                                VendorCloudProperties properties) {
        VendorCloudProperties.Poll poll = properties.poll();
        return new VendorPolling(schedule, devices, states, tokens, sink, clouds.byVendor(),
                new PollCadence(poll.active(), poll.idle(), poll.asleep(), poll.maxBackoff()), clock,
                () -> ThreadLocalRandom.current().nextDouble(), poll.lease());
    }
}
