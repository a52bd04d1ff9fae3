package io.evpair.app.cluster;

import java.time.Duration;

/**
 * Cluster mode's settings ({@code evpair.cluster.*}).
 *
 * @param topic             the observation log
 * @param partitions        its partitions: the unit of ownership, so the most instances that can share the work
 * @param replicas          its replication factor (3 on a production broker set, 1 on a single test broker)
 * @param consumerThreads   consumer threads per instance, each owning some partitions
 * @param processedTimeout  how long an accepting instance waits for the owners before answering 503
 */
record ClusterSettings(String topic, int partitions, short replicas, int consumerThreads, Duration processedTimeout) {
}
