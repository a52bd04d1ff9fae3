package io.evpair.app.cluster;

import io.evpair.app.wiring.PairingProperties;
import io.evpair.adapters.kafka.ClusterSettings;
import io.evpair.adapters.kafka.LogProgress;
import io.evpair.adapters.kafka.ObservationLog;
import io.evpair.adapters.kafka.ObservationLogClients;
import io.evpair.adapters.kafka.PartitionOwner;
import io.evpair.adapters.kafka.PartitionOwnership;
import io.evpair.adapters.kafka.Partitioning;
import io.evpair.adapters.kafka.RecentUsers;
import io.evpair.adapters.ocpp.OcppChargingCommands;
import io.evpair.adapters.ocpp.OcppCommandRelay;
import io.evpair.adapters.ocpp.OcppSettings;
import io.evpair.adapters.ocpp.RelayedChargePointSessions;
import io.evpair.engine.chargepoints.ChargePointSockets;
import io.evpair.engine.chargepoints.RelayedCommands;
import io.evpair.engine.cluster.LogOffsets;
import io.evpair.engine.cluster.RecentlySeenUsers;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.ingest.ObservationPipeline;
import io.evpair.adapters.kafka.ClusterHouseholdRefresh;
import io.evpair.engine.pairs.HouseholdRefresh;
import io.evpair.engine.pairs.Households;
import io.evpair.engine.time.EngineTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cluster mode ({@code evpair.cluster.enabled=true} and {@code spring.kafka.bootstrap-servers}): observations
 * and clock moves go through the observation log (device-adapters' {@code io.evpair.adapters.kafka}),
 * partitioned by user, and each instance processes the partitions the consumer group gives it. Without it none
 * of this exists and the pipeline is called in-process.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "evpair.cluster.enabled", havingValue = "true")
@EnableConfigurationProperties(ClusterSettings.class)
class ClusterWiring {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    PartitionOwnership partitionOwnership(ClusterSettings settings) {
        return new PartitionOwnership(new Partitioning(settings.partitions()));
    }

    @Bean
    LogProgress logProgress(LogOffsets offsets, ClusterSettings settings) {
        return new LogProgress(offsets, settings.topic());
    }

    @Bean
    KafkaAdmin.NewTopics observationLogTopic(ClusterSettings settings) {
        return ObservationLogClients.topic(settings);
    }

    @Bean
    DefaultKafkaProducerFactory<String, String> observationLogProducers(KafkaProperties kafka) {
        return ObservationLogClients.producers(kafka.buildProducerProperties());
    }

    @Bean
    KafkaTemplate<String, String> observationLogTemplate(DefaultKafkaProducerFactory<String, String> observationLogProducers) {
        return new KafkaTemplate<>(observationLogProducers);
    }

    @Bean
    @Primary
    ObservationLog observationLog(KafkaTemplate<String, String> observationLogTemplate, DeviceStore devices,
                                  ClusterSettings settings, LogProgress progress) {
        return new ObservationLog(observationLogTemplate, devices, JSON, settings, new Partitioning(settings.partitions()),
                progress);
    }

    @Bean
    @Primary
    HouseholdRefresh clusterHouseholdRefresh(ObservationLog log, PartitionOwnership ownership, Households households) {
        return new ClusterHouseholdRefresh(log, ownership, households);
    }

    @Bean
    PartitionOwner partitionOwner(ObservationPipeline pipeline, Households pairing, DeviceStore devices,
                                  PartitionOwnership ownership, LogProgress progress, RecentlySeenUsers seen,
                                  EngineTime time, PairingProperties pairingSettings) {
        return new PartitionOwner(pipeline, pairing, devices, JSON, ownership, progress,
                new RecentUsers(seen, time, pairingSettings.rebuildWindow()));
    }

    /** Charge points' sockets recorded per instance, so that commands can be relayed to the one holding it. */
    @Bean
    @Primary
    RelayedChargePointSessions relayedChargePointSessions(ChargePointSockets sockets) {
        return new RelayedChargePointSessions(sockets);
    }

    /** Ahead of the plain OCPP adapter, which only reaches this instance's sockets. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    OcppCommandRelay ocppCommandRelay(RelayedCommands relayed, RelayedChargePointSessions sessions,
                                      OcppChargingCommands local, OcppSettings settings) {
        return new OcppCommandRelay(relayed, sessions, local, settings.callTimeout());
    }

    @Bean
    ConcurrentMessageListenerContainer<String, String> observationLogContainer(KafkaProperties kafka,
                                                                              ClusterSettings settings,
                                                                              PartitionOwner owner) {
        return ObservationLogClients.consumers(kafka.buildConsumerProperties(), settings, owner);
    }
}
