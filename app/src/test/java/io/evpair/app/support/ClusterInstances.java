package io.evpair.app.support;

import io.evpair.app.EvpairApplication;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** Cluster-mode instances for tests: an embedded KRaft Kafka broker and evpair instances using it (docs/scale-out.md). */
public final class ClusterInstances {
    private static final List<String> KAFKA_LOGGERS = List.of("kafka", "org.apache.kafka", "state.change.logger");

    private ClusterInstances() {
    }

    /** A one-node broker that lets a consumer group form at once and notices a dead member within seconds. */
    public static EmbeddedKafkaKraftBroker startKafka(int partitions) {
        LoggingSystem logging = LoggingSystem.get(ClusterInstances.class.getClassLoader());
        KAFKA_LOGGERS.forEach(name -> logging.setLogLevel(name, LogLevel.WARN));
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, partitions);
        kafka.brokerProperties(Map.of("group.initial.rebalance.delay.ms", "0", "group.min.session.timeout.ms", "1000",
                "offsets.topic.num.partitions", "1"));
        kafka.afterPropertiesSet();
        return kafka;
    }

    public static String newTopic() {
        return "evpair.test." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The settings of one instance of a test cluster; the database is the test JVM's ({@link TestDatabase}). */
    public static String[] properties(EmbeddedKafkaKraftBroker kafka, String topic, int partitions) {
        return new String[] {"evpair.cluster.enabled=true", "spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                "evpair.cluster.topic=" + topic, "evpair.cluster.partitions=" + partitions, "evpair.cluster.replicas=1",
                "spring.kafka.consumer.properties.session.timeout.ms=3000",
                "spring.kafka.consumer.properties.heartbeat.interval.ms=500",
                "evpair.simulator.enabled=true", "evpair.admin.password=" + IntegrationTest.ADMIN_PASSWORD,
                "evpair.dev-client.enabled=false", "evpair.actions.timeout=PT6H", "spring.main.banner-mode=off",
                "logging.level.kafka=WARN", "logging.level.org.apache.kafka=WARN", "logging.level.state.change.logger=WARN"};
    }

    /** An instance in this JVM, on a free port. */
    public static ConfigurableApplicationContext start(EmbeddedKafkaKraftBroker kafka, String topic, int partitions) {
        return new SpringApplicationBuilder(EvpairApplication.class).properties(properties(kafka, topic, partitions))
                // A command-line argument, not a default property: application.yml's port 8080 would win over that.
                .run("--server.port=0");
    }

    public static Http http(ConfigurableApplicationContext instance) {
        return new Http("http://localhost:" + instance.getEnvironment().getProperty("local.server.port"));
    }
}
