package io.evpair.app.wiring;

import io.evpair.engine.clients.ApiClientStore;
import io.evpair.engine.clients.ClientRegistry;
import io.evpair.engine.clients.SecretHasher;
import io.evpair.engine.devices.DeviceCatalog;
import io.evpair.engine.devices.DeviceRegistration;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.transaction.Transactions;
import io.evpair.engine.users.UserDirectory;
import io.evpair.engine.users.UserStore;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the engine's application services from the ports that persistence and the adapters implement. */
@Configuration(proxyBeanMethods = false)
class EngineWiring {
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ClientRegistry clientRegistry(ApiClientStore clients, SecretHasher hasher, Transactions transactions, Clock clock) {
        return new ClientRegistry(clients, hasher, transactions, clock);
    }

    @Bean
    UserDirectory userDirectory(UserStore users, Transactions transactions) {
        return new UserDirectory(users, transactions);
    }

    @Bean
    DeviceCatalog deviceCatalog(DeviceStore devices, UserStore users) {
        return new DeviceCatalog(devices, users);
    }

    @Bean
    DeviceRegistration deviceRegistration(DeviceStore devices, UserStore users, Transactions transactions, Clock clock) {
        return new DeviceRegistration(devices, users, transactions, clock);
    }
}
