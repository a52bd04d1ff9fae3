package io.evpair.app.wiring;

import io.evpair.adapters.simulator.SimulatedOem;
import io.evpair.engine.simulator.SimulatedOemLedger;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The simulated OEM's command side, present only where the simulator is on. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "evpair.simulator.enabled", havingValue = "true")
class SimulatorWiring {
    @Bean
    SimulatedOem simulatedOem(SimulatedOemLedger ledger, Clock clock) {
        return new SimulatedOem(ledger, clock);
    }
}
