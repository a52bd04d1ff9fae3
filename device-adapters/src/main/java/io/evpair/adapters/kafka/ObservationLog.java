package io.evpair.adapters.kafka;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.observations.ObservationSink;
import io.evpair.engine.ids.DeviceOwner;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.ingest.ProcessingTimeoutException;
import io.evpair.engine.ingest.UnknownDeviceException;
import io.evpair.engine.time.TimeSink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The way in for observations and clock moves in a cluster: each accepted batch is written to the observation
 * log (Kafka, acks=all), one record per user keyed by the user, and the caller returns only once the owners of
 * those partitions have processed them, so the contract of {@link ObservationSink} holds across instances.
 */
public final class ObservationLog implements ObservationSink, TimeSink {
    private final KafkaTemplate<String, String> kafka;
    private final DeviceStore devices;
    private final JsonMapper json;
    private final ClusterSettings settings;
    private final Partitioning partitioning;
    private final LogProgress progress;

    public ObservationLog(KafkaTemplate<String, String> kafka, DeviceStore devices, JsonMapper json, ClusterSettings settings,
                          Partitioning partitioning, LogProgress progress) {
        this.kafka = kafka;
        this.devices = devices;
        this.json = json;
        this.settings = settings;
        this.partitioning = partitioning;
        this.progress = progress;
    }

    @Override
    public void accept(List<Observation> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Map<UUID, DeviceOwner> owners = devices.owners(batch.stream().map(Observation::deviceId).collect(Collectors.toSet()));
        Map<UUID, List<Observation>> byUser = new LinkedHashMap<>();
        for (Observation o : batch) {
            DeviceOwner owner = owners.get(o.deviceId());
            if (owner == null || owner.type() != o.deviceType()) {
                throw new UnknownDeviceException(o.deviceId());
            }
            byUser.computeIfAbsent(owner.userRef().value(), u -> new ArrayList<>()).add(o);
        }
        List<CompletableFuture<SendResult<String, String>>> sent = new ArrayList<>(byUser.size());
        byUser.forEach((userRef, ofUser) -> {
            UUID clientId = owners.get(ofUser.get(0).deviceId()).clientId().value();
            sent.add(send(partitioning.of(userRef), Partitioning.key(userRef), LogRecord.observations(clientId, userRef, ofUser)));
        });
        awaitProcessed(sent);
    }

    /** To the user's partition, behind its observations; answered once the owner has rebuilt the household. */
    void refresh(UUID clientId, UUID userRef) {
        awaitProcessed(List.of(send(partitioning.of(userRef), Partitioning.key(userRef),
                LogRecord.refresh(clientId, userRef))));
    }

    /** Written to every partition: each owner moves its own users' time, in order with their observations. */
    @Override
    public void timePassed(ClientId clientId, Instant now) {
        List<CompletableFuture<SendResult<String, String>>> sent = new ArrayList<>(settings.partitions());
        LogRecord time = LogRecord.time(clientId.value(), now);
        for (int partition = 0; partition < settings.partitions(); partition++) {
            sent.add(send(partition, clientId.toString(), time));
        }
        awaitProcessed(sent);
    }

    private CompletableFuture<SendResult<String, String>> send(int partition, String key, LogRecord record) {
        try {
            return kafka.send(new ProducerRecord<>(settings.topic(), partition, key, json.writeValueAsString(record)));
        } catch (KafkaException e) {
            // Kafka unreachable: not kept, but a retry is as safe as for a timeout, and the answer the same.
            throw new ProcessingTimeoutException("the observation log refused the record: " + e.getMessage(), e);
        }
    }

    private void awaitProcessed(List<CompletableFuture<SendResult<String, String>>> sent) {
        long timeout = settings.processedTimeout().toMillis();
        long start = System.nanoTime();
        try {
            Map<Integer, Long> last = new HashMap<>();
            for (CompletableFuture<SendResult<String, String>> f : sent) {
                var meta = f.get(timeout, TimeUnit.MILLISECONDS).getRecordMetadata();
                last.merge(meta.partition(), meta.offset(), Math::max);
            }
            progress.awaitProcessed(last, Math.max(1, timeout - (System.nanoTime() - start) / 1_000_000));
        } catch (TimeoutException | ExecutionException e) {
            throw new ProcessingTimeoutException("the observation log did not confirm processing within "
                    + settings.processedTimeout() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProcessingTimeoutException("interrupted while waiting for the observation log", e);
        }
    }
}
