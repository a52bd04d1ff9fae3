package io.evpair.adapters.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The observation log's Kafka topic, producers and consumers, built from the application's Kafka settings
 * ({@code spring.kafka.*}) with what the log's guarantees need on top.
 */
public final class ObservationLogClients {
    private ObservationLogClients() {
    }

    /** Created at start-up by Boot's KafkaAdmin when missing; an existing topic keeps its partition count. */
    public static KafkaAdmin.NewTopics topic(ClusterSettings settings) {
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name(settings.topic()).partitions(settings.partitions()).replicas(settings.replicas()).build());
    }

    /** Durable before anyone is answered: every in-sync replica has the record, and retries never duplicate it. */
    public static DefaultKafkaProducerFactory<String, String> producers(Map<String, Object> producerProperties) {
        Map<String, Object> config = new HashMap<>(producerProperties);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 2);
        return new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new StringSerializer());
    }

    /**
     * Offsets are committed after each processed batch; a batch that fails is retried, never skipped (skipping
     * would lose acknowledged observations). Cooperative rebalancing moves only the partitions that must move.
     */
    public static ConcurrentMessageListenerContainer<String, String> consumers(Map<String, Object> consumerProperties,
                                                                               ClusterSettings settings,
                                                                               PartitionOwner owner) {
        Map<String, Object> config = new HashMap<>(consumerProperties);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, settings.group());
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
