package io.evpair.app.wiring;

import io.evpair.engine.control.AdapterDirectory;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.maintenance.ChargerMaintenanceRequests;
import io.evpair.engine.transaction.Transactions;
import java.util.concurrent.ExecutorService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reset and unlock-connector for a client's chargers (OCPP charge points), sent on the command-dispatch threads. */
@Configuration(proxyBeanMethods = false)
class MaintenanceWiring {
    @Bean
    ChargerMaintenanceRequests chargerMaintenanceRequests(DeviceStore devices, AdapterDirectory adapters,
                                                          Transactions transactions, ExecutorService commandDispatch) {
        return new ChargerMaintenanceRequests(devices, adapters, transactions, commandDispatch);
    }
}
