package io.evpair.adapters.kafka;

import io.evpair.engine.ids.UserRef;

import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.ingest.ObservationPipeline;
import io.evpair.engine.ingest.UnknownDeviceException;
import io.evpair.engine.pairs.Households;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchMessageListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * The owner's side of the observation log: runs each polled batch of its partitions through the same pipeline a
 * single instance uses (store, project, pair, act), partition by partition and in log order, then records how
 * far each partition is done. On assignment it rebuilds the new users' pairing state from PostgreSQL before
 * the first record; on revocation it forgets them.
 */
public final class PartitionOwner implements BatchMessageListener<String, String>, ConsumerRebalanceListener {
    private static final Logger log = LoggerFactory.getLogger(PartitionOwner.class);

    private final ObservationPipeline pipeline;
    private final Households pairing;
    private final DeviceStore devices;
    private final JsonMapper json;
    private final PartitionOwnership ownership;
    private final LogProgress progress;
    private final RecentUsers recentUsers;

    public PartitionOwner(ObservationPipeline pipeline, Households pairing, DeviceStore devices, JsonMapper json,
                          PartitionOwnership ownership, LogProgress progress, RecentUsers recentUsers) {
        this.pipeline = pipeline;
        this.pairing = pairing;
        this.devices = devices;
        this.json = json;
        this.ownership = ownership;
        this.progress = progress;
        this.recentUsers = recentUsers;
    }

    @Override
    public void onMessage(List<ConsumerRecord<String, String>> records) {
        Map<Integer, List<ConsumerRecord<String, String>>> byPartition = new LinkedHashMap<>();
        records.forEach(r -> byPartition.computeIfAbsent(r.partition(), p -> new ArrayList<>()).add(r));
        byPartition.forEach((partition, ofPartition) -> {
            List<Observation> pending = new ArrayList<>();
            for (ConsumerRecord<String, String> r : ofPartition) {
                LogRecord record = json.readValue(r.value(), LogRecord.class);
                if (record.kind() == LogRecord.Kind.OBSERVATIONS) {
                    pending.addAll(record.observations());
                } else if (record.kind() == LogRecord.Kind.REFRESH) {
                    ingest(pending);
                    pending.clear();
                    recentUsers.rebuild(new ClientId(record.clientId()), new UserRef(record.userRef()), pairing);
                } else {
                    ingest(pending);
                    pending.clear();
                    pipeline.advance(new ClientId(record.clientId()), record.now(), ownership.usersOf(List.of(partition)));
                }
            }
            ingest(pending);
            progress.processed(partition, ofPartition.get(ofPartition.size() - 1).offset() + 1);
        });
    }

    /** Consecutive observation records become one pipeline batch: one transaction, the users' order kept. */
    private void ingest(List<Observation> batch) {
        try {
            pipeline.ingest(batch);
        } catch (UnknownDeviceException e) {
            // Unlinked between being accepted and reaching its owner: what it reported no longer belongs to anyone.
            var linked = devices.owners(batch.stream().map(Observation::deviceId).distinct().toList()).keySet();
            log.info("Dropping observations of devices unlinked since they were accepted");
            pipeline.ingest(batch.stream().filter(o -> linked.contains(o.deviceId())).toList());
        }
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        List<Integer> numbers = numbers(partitions);
        if (numbers.isEmpty()) {
            return;
        }
        ownership.assigned(numbers);
        long start = System.nanoTime();
        int rebuilt = recentUsers.rebuild(ownership.usersOf(numbers), pairing);
        log.info("Assigned partitions {}: rebuilt {} users' pairing state in {} ms", numbers, rebuilt,
                (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        List<Integer> numbers = numbers(partitions);
        ownership.revoked(numbers);
        pairing.release(ownership.usersOf(numbers));
        if (!numbers.isEmpty()) {
            log.info("Revoked partitions {}", numbers);
        }
    }

    private static List<Integer> numbers(Collection<TopicPartition> partitions) {
        return partitions.stream().map(TopicPartition::partition).toList();
    }
}
