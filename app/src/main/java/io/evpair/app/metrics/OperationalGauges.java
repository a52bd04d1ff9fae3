package io.evpair.app.metrics;

import io.evpair.persistence.metrics.OperationalFigures;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * {@code evpair_actions{state,failure_type}} and {@code evpair_webhook_backlog}, refreshed from storage every
 * 15 seconds ({@code evpair.metrics.refresh}) rather than on each scrape, so a busy scraper cannot load the database.
 */
@Component
@EnableConfigurationProperties(MetricsProperties.class)
class OperationalGauges implements SchedulingConfigurer {
    private final OperationalFigures figures;
    private final Duration refreshEvery;
    private final MultiGauge actions;
    private final AtomicLong backlog = new AtomicLong();

    OperationalGauges(OperationalFigures figures, MeterRegistry registry, MetricsProperties properties) {
        this.figures = figures;
        this.refreshEvery = properties.refresh();
        this.actions = MultiGauge.builder("evpair.actions").description("Charging actions by state and failure type")
                .register(registry);
        Gauge.builder("evpair.webhook.backlog", backlog, AtomicLong::get)
                .description("Webhook events not yet delivered to active webhooks").register(registry);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::refresh, refreshEvery, Duration.ofSeconds(1)));
    }

    void refresh() {
        Map<String, Long> counts = figures.actions();
        actions.register(counts.entrySet().stream().map(e -> {
            String[] key = e.getKey().split("/", -1);
            return MultiGauge.Row.of(Tags.of("state", key[0], "failure_type", key[1].isEmpty() ? "none" : key[1]), e.getValue());
        }).toList(), true);
        backlog.set(figures.webhookBacklog());
    }
}
