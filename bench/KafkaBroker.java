import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A one-node KRaft Kafka broker for benchmarks on a machine without Kafka or Docker (see docs/scale-out.md):
 * `java -cp "$(cat /tmp/evpair-test-classpath)" bench/KafkaBroker.java`; prints its address; runs until killed.
 */
public class KafkaBroker {
    public static void main(String[] args) throws Exception {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.brokerProperties(Map.of("group.initial.rebalance.delay.ms", "0", "offsets.topic.num.partitions", "1"));
        broker.afterPropertiesSet();
        System.out.println("Kafka broker at " + broker.getBrokersAsString());
        Thread.currentThread().join();
    }
}
