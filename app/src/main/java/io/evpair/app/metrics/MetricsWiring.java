package io.evpair.app.metrics;

import io.evpair.engine.observations.ObservationStore;
import io.evpair.engine.pairs.PairStore;
import io.evpair.engine.time.ClientClocks;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Service metrics for {@code /actuator/prometheus}, added around the engine's ports rather than inside the
 * engine, which stays free of Micrometer: the observation and pair stores are wrapped as they are created,
 * and ingest lag is one more {@link io.evpair.engine.ingest.ObservationProcessor}.
 */
@Configuration(proxyBeanMethods = false)
class MetricsWiring {

    /** Static, and the registry looked up late, so that this post-processor does not create beans early. */
    @Bean
    static BeanPostProcessor meteredStores(ObjectProvider<MeterRegistry> registry) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ObservationStore store && !(bean instanceof MeteredObservationStore)) {
                    return new MeteredObservationStore(store, registry.getObject());
                }
                if (bean instanceof PairStore store && !(bean instanceof MeteredPairStore)) {
                    return new MeteredPairStore(store, registry.getObject());
                }
                return bean;
            }
        };
    }

    /** Called with the other processors, once the batch is stored and projected. */
    @Bean
    IngestLag ingestLag(ClientClocks clocks, Clock clock, MeterRegistry registry) {
        return new IngestLag(clocks, clock, registry);
    }
}
