package io.evpair.adapters.kafka;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.common.utils.Utils;

/**
 * Which partition of the observation log holds a user: Kafka's own key hash (murmur2 of the key's bytes, as
 * its default partitioner does), computed here so that the producer, the owner and the time broadcast agree.
 */
public record Partitioning(int partitions) {
    static String key(UUID userRef) {
        return userRef.toString();
    }

    int of(UUID userRef) {
        return Utils.toPositive(Utils.murmur2(key(userRef).getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
