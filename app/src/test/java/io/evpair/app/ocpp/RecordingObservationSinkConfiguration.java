package io.evpair.app.ocpp;

import io.evpair.engine.observations.ObservationSink;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Found by the application's component scan in every integration test, so all of them keep sharing one
 * context. See {@link RecordingObservationSink}. Not in cluster mode, whose sink is the observation log.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "evpair.cluster.enabled", havingValue = "false", matchIfMissing = true)
class RecordingObservationSinkConfiguration {
    @Bean
    @Primary
    RecordingObservationSink recordingObservationSink(ObjectProvider<ObservationSink> sinks) {
        return new RecordingObservationSink(sinks);
    }
}
