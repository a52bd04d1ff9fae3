package io.evpair.app.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One embedded broker for a test class of cluster instances, started before its tests and stopped after them:
 * {@code @RegisterExtension static final KafkaBroker kafka = new KafkaBroker(2);}
 */
public final class KafkaBroker implements BeforeAllCallback, AfterAllCallback {
    private final int partitions;
    private EmbeddedKafkaKraftBroker broker;

    public KafkaBroker(int partitions) {
        this.partitions = partitions;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        broker = ClusterInstances.startKafka(partitions);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        broker.destroy();
    }

    public EmbeddedKafkaKraftBroker broker() {
        return broker;
    }
}
