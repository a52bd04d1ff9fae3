package io.evpair.app.metrics;

import io.evpair.persistence.metrics.OperationalFigures;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code evpair_actions{state,failure_type}} and {@code evpair_webhook_backlog}, refreshed from storage every
 * 15 seconds rather than on each scrape, so a busy scraper cannot load the database.
 */
@Component
class OperationalGauges {
    private final OperationalFigures figures;
    private final MultiGauge actions;
    private final AtomicLong backlog = new AtomicLong();

    OperationalGauges(OperationalFigures figures, MeterRegistry registry) {
        this.figures = figures;
        this.actions = MultiGauge.builder("evpair.actions").description("Charging actions by state and failure type")
                .register(registry);
        Gauge.builder("evpair.webhook.backlog", backlog, AtomicLong::get)
                .description("Webhook events not yet delivered to active webhooks").register(registry);
    }

    @Scheduled(initialDelayString = "PT1S", fixedDelayString = "${evpair.metrics.refresh:PT15S}")
    void refresh() {
        Map<String, Long> counts = figures.actions();
        actions.register(counts.entrySet().stream().map(e -> {
            String[] key = e.getKey().split("/", -1);
            return MultiGauge.Row.of(Tags.of("state", key[0], "failure_type", key[1].isEmpty() ? "none" : key[1]), e.getValue());
        }).toList(), true);
        backlog.set(figures.webhookBacklog());
    }
}
