package io.evpair.persistence.clients;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Each client's token generation, read on every API request, kept in memory so that the check costs no query.
 * Every instance listens on one PostgreSQL channel where a revocation or deletion is announced in its own
 * transaction, so an entry is dropped on every instance as soon as the change commits. While the listening
 * connection is down nothing is cached: a missed announcement could otherwise keep a revoked token alive.
 */
@Component
class TokenGenerations implements SmartLifecycle {
    static final String CHANNEL = "evpair_token_generation";
    private static final Logger log = LoggerFactory.getLogger(TokenGenerations.class);
    private static final int POLL_MILLIS = 500;

    private final DataSource dataSource;
    private final Map<UUID, Integer> cached = new ConcurrentHashMap<>();
    /** Bumped by every eviction: a value read before one must not be cached after it. */
    private final AtomicLong evictions = new AtomicLong();
    private volatile boolean listening;
    private volatile boolean running;
    private Thread listener;

    TokenGenerations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<Integer> current(UUID clientRef, Supplier<Optional<Integer>> stored) {
        Integer known = cached.get(clientRef);
        if (known != null) {
            return Optional.of(known);
        }
        long before = evictions.get();
        Optional<Integer> read = stored.get();
        if (read.isPresent() && listening && evictions.get() == before) {
            cached.putIfAbsent(clientRef, read.get());
            if (evictions.get() != before) {
                cached.remove(clientRef);
            }
        }
        return read;
    }

    /** Drops this instance's entry at once; others drop theirs when {@link #CHANNEL} delivers the announcement. */
    void evict(UUID clientRef) {
        evictions.incrementAndGet();
        cached.remove(clientRef);
    }

    private void evictAll() {
        evictions.incrementAndGet();
        cached.clear();
    }

    @Override
    public void start() {
        running = true;
        listener = new Thread(this::listen, "token-generation-listener");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        listening = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("listen " + CHANNEL);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                evictAll();
                listening = true;
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            evict(UUID.fromString(notification.getParameter()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                evictAll();
                if (running) {
                    log.warn("Lost the '{}' listener ({}); token generations are read from the database until it is back",
                            CHANNEL, e.toString());
                    pause();
                }
            }
        }
        listening = false;
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
