package io.evpair.app.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL every integration test runs against, chosen once per test JVM: a fresh database on
 * the server {@code EVPAIR_TEST_DB_URL} names (user {@code postgres}, no password, unless the URL says
 * otherwise) when set, else a Testcontainers PostgreSQL where Docker is available, else the embedded
 * PostgreSQL that local mode ships, so that {@code ./mvnw verify} needs no database set up.
 */
public final class TestDatabase {
    public static final String ENV = "EVPAIR_TEST_DB_URL";

    private static String url;
    private static String username;
    private static String password;
    /** Where databases are created and dropped: the server's own database, never one of ours. */
    private static String server;
    /** A throwaway server goes away whole at exit: its databases need no dropping. */
    private static boolean embedded;

    private TestDatabase() {
    }

    /** Points {@code spring.datasource.*} at the test database, creating it on first use. */
    public static synchronized void configureSpring() {
        if (url == null) {
            start();
        }
        System.setProperty("spring.datasource.url", url);
        System.setProperty("spring.datasource.username", username);
        System.setProperty("spring.datasource.password", password);
    }

    /**
     * Another fresh database on the same server, for a context that must not share rows with the others (a
     * second context on one database acts as a second instance: its schedulers work the same queues).
     */
    public static synchronized String separateDatabaseUrl() {
        if (url == null) {
            start();
        }
        String name = "evpair_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(server, "create database " + name);
        if (!embedded) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute(server, "drop database if exists " + name + " with (force)")));
        }
        return url.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
    }

    private static void start() {
        String serverUrl = System.getenv(ENV);
        if (serverUrl != null && !serverUrl.isBlank()) {
            createFreshDatabase(serverUrl);
        } else if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            url = container.getJdbcUrl();
            username = container.getUsername();
            password = container.getPassword();
            server = url;
        } else {
            startEmbedded();
        }
    }

    /**
     * A throwaway cluster in a temporary folder, removed at exit; zonky's defaults (fsync off) suit data
     * nobody keeps. Its binaries are those of local mode, so only Linux/amd64-glibc is covered: elsewhere
     * set {@code EVPAIR_TEST_DB_URL} or run Docker.
     */
    private static void startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; zonky removes the folder on a best-effort basis
                }
            }, "test-postgres-stop"));
            url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            server = url;
            embedded = true;
            username = "postgres";
            password = "";
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Integration tests found neither " + ENV + " nor Docker, and the embedded"
                    + " PostgreSQL did not start (Linux/amd64 only): set " + ENV
                    + " (e.g. jdbc:postgresql://127.0.0.1:5432/postgres)", e);
        }
    }

    /** Each test JVM gets its own database, so runs never see each other's rows; it is dropped at exit. */
    private static void createFreshDatabase(String serverUrl) {
        username = System.getenv().getOrDefault("EVPAIR_TEST_DB_USER", "postgres");
        password = System.getenv().getOrDefault("EVPAIR_TEST_DB_PASSWORD", "");
        String name = "evpair_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        server = serverUrl;
        execute(serverUrl, "create database " + name);
        url = serverUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute(serverUrl, "drop database if exists " + name + " with (force)")));
    }

    private static void execute(String serverUrl, String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl, username, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on " + serverUrl + " (" + ENV + ")", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
