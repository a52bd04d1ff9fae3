package io.evpair.app.vendors;

import io.evpair.engine.ids.Vendor;
import io.evpair.engine.vendors.VendorPolling;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the polls: each vendor has its own threads (a bulkhead), so a slow or failing vendor never delays another.
 * Every tick a thread claims due polls from the database and works through them; claims are leased, so threads
 * and instances never poll one device at once.
 */
@Component
class VendorPollers implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(VendorPollers.class);

    private final VendorRegistry clouds;
    private final VendorPolling polling;
    private final Duration tick;
    private final int threads;
    private final int batch;
    private final List<ScheduledExecutorService> executors = new ArrayList<>();
    private volatile boolean running;

    VendorPollers(VendorRegistry clouds, VendorPolling polling, VendorCloudProperties properties) {
        this.clouds = clouds;
        this.polling = polling;
        this.tick = properties.poll().tick();
        this.threads = properties.poll().threads();
        this.batch = properties.poll().batch();
    }

    @Override
    public synchronized void start() {
        for (Vendor vendor : clouds.byVendor().keySet()) {
            AtomicInteger count = new AtomicInteger();
            ScheduledExecutorService executor = Executors.newScheduledThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "poll-" + vendor.name().toLowerCase(Locale.ROOT) + "-" + count.getAndIncrement());
                thread.setDaemon(true);
                return thread;
            });
            for (int i = 0; i < threads; i++) {
                executor.scheduleWithFixedDelay(() -> pollAll(vendor), tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
            }
            executors.add(executor);
        }
        running = true;
    }

    private void pollAll(Vendor vendor) {
        try {
            while (running && polling.pollDue(vendor, batch) == batch) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            log.warn("Polling {} failed; trying again next tick", vendor, e);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        executors.forEach(ScheduledExecutorService::shutdownNow);
        executors.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
