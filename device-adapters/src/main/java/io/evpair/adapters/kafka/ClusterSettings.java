package io.evpair.adapters.kafka;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Cluster mode's settings ({@code evpair.cluster.*}; {@code evpair.cluster.enabled=true} turns it on).
 *
 * @param topic             the observation log
 * @param partitions        its partitions: the unit of ownership, so the most instances that can share the work
 * @param replicas          its replication factor (3 on a production broker set, 1 on a single test broker)
 * @param consumerThreads   consumer threads per instance, each owning some partitions
 * @param processedTimeout  how long an accepting instance waits for the owners before answering 503
 * @param group             the consumer group of all instances sharing the log
 */
@ConfigurationProperties("evpair.cluster")
@Validated
public record ClusterSettings(
        @DefaultValue("evpair.observations") @NotBlank String topic,
        @DefaultValue("12") @Min(1) int partitions,
        @DefaultValue("3") @Min(1) @Max(Short.MAX_VALUE) short replicas,
        @DefaultValue("1") @Min(1) int consumerThreads,
        @DefaultValue("PT30S") @NotNull Duration processedTimeout,
        @DefaultValue("evpair") @NotBlank String group) {
}
