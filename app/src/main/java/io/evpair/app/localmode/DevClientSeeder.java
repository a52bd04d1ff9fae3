package io.evpair.app.localmode;

import io.evpair.engine.clients.ClientFeatures;
import io.evpair.engine.clients.ClientIdTakenException;
import io.evpair.engine.clients.ClientRegistry;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Creates the well-known development client of the README walk-through, once, in local mode only. */
@Component
@ConditionalOnProperty(name = "evpair.dev-client.enabled", havingValue = "true")
@EnableConfigurationProperties(DevClientProperties.class)
class DevClientSeeder implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DevClientSeeder.class);

    private final ClientRegistry registry;
    private final String clientId;
    private final String secret;

    DevClientSeeder(ClientRegistry registry, DevClientProperties properties) {
        this.registry = registry;
        this.clientId = properties.clientId();
        this.secret = properties.secret();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (registry.find(clientId).isPresent()) {
            return;
        }
        try {
            registry.register("Development client", Optional.of(clientId), secret, ClientFeatures.DEFAULTS);
            log.info("Created the development API client '{}' (secret '{}'); local mode only", clientId, secret);
        } catch (ClientIdTakenException anotherInstanceWasFirst) {
            log.debug("Development client already created by another instance");
        }
    }
}
