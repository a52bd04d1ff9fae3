package io.evpair.app.cluster;

import io.evpair.adapters.ocpp.OcppChargingCommands;
import io.evpair.adapters.ocpp.OcppSettings;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.ingest.ObservationPipeline;
import io.evpair.engine.pairs.Households;
import io.evpair.engine.time.EngineTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cluster mode ({@code evpair.cluster.enabled=true} and {@code spring.kafka.bootstrap-servers}): observations
 * and clock moves go through the observation log, partitioned by user, and each instance processes the
 * partitions the consumer group gives it. Without it none of this exists and the pipeline is called in-process.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "evpair.cluster.enabled", havingValue = "true")
class ClusterWiring {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    ClusterSettings clusterSettings(@Value("${evpair.cluster.topic:evpair.observations}") String topic,
                                    @Value("${evpair.cluster.partitions:12}") int partitions,
                                    @Value("${evpair.cluster.replicas:3}") short replicas,
                                    @Value("${evpair.cluster.consumer-threads:1}") int consumerThreads,
                                    @Value("${evpair.cluster.processed-timeout:PT30S}") Duration processedTimeout) {
        return new ClusterSettings(topic, partitions, replicas, consumerThreads, processedTimeout);
    }

    @Bean
    PartitionOwnership partitionOwnership(ClusterSettings settings) {
        return new PartitionOwnership(new Partitioning(settings.partitions()));
    }

    @Bean
    LogProgress logProgress(JdbcClient jdbc, ClusterSettings settings) {
        return new LogProgress(jdbc, settings.topic());
    }

    /** Created at start-up by Boot's KafkaAdmin when missing; an existing topic keeps its partition count. */
    @Bean
    NewTopic observationLogTopic(ClusterSettings settings) {
        return TopicBuilder.name(settings.topic()).partitions(settings.partitions()).replicas(settings.replicas()).build();
    }

    /** Durable before anyone is answered: every in-sync replica has the record, and retries never duplicate it. */
    @Bean
    DefaultKafkaProducerFactory<String, String> observationLogProducers(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 2);
        return new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new StringSerializer());
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
    PartitionOwner partitionOwner(ObservationPipeline pipeline, Households pairing, DeviceStore devices,
                                  PartitionOwnership ownership, LogProgress progress, JdbcClient jdbc, EngineTime time,
                                  @Value("${evpair.pairing.rebuild-window:P3D}") Duration rebuildWindow) {
        return new PartitionOwner(pipeline, pairing, devices, JSON, ownership, progress,
                new RecentUsers(jdbc, time, rebuildWindow));
    }

    /** Charge points' sockets recorded per instance, so that commands can be relayed to the one holding it. */
    @Bean
    @Primary
    RelayedChargePointSessions relayedChargePointSessions(JdbcClient jdbc) {
        return new RelayedChargePointSessions(jdbc);
    }

    /** Ahead of the plain OCPP adapter, which only reaches this instance's sockets. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    OcppCommandRelay ocppCommandRelay(JdbcClient jdbc, RelayedChargePointSessions sessions, OcppChargingCommands local,
                                      OcppSettings settings) {
        return new OcppCommandRelay(jdbc, sessions, local, settings.callTimeout());
    }

    /**
     * Offsets are committed after each processed batch; a batch that fails is retried, never skipped (skipping
     * would lose acknowledged observations). Cooperative rebalancing moves only the partitions that must move.
     */
    @Bean
    ConcurrentMessageListenerContainer<String, String> observationLogContainer(
            KafkaProperties kafka, ClusterSettings settings, PartitionOwner owner,
            @Value("${evpair.cluster.group:evpair}") String group) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        ContainerProperties properties = new ContainerProperties(settings.topic());
        properties.setMessageListener(owner);
        properties.setConsumerRebalanceListener(owner);
        properties.setAckMode(ContainerProperties.AckMode.BATCH);
        ConcurrentMessageListenerContainer<String, String> container = new ConcurrentMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(), new StringDeserializer()), properties);
        container.setConcurrency(settings.consumerThreads());
        container.setCommonErrorHandler(new DefaultErrorHandler(new FixedBackOff(1000L, FixedBackOff.UNLIMITED_ATTEMPTS)));
        return container;
    }
}
