package io.evpair.app.localmode;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Local mode: when no database is configured, start an embedded PostgreSQL and turn on what a developer
 * trying evpair wants (the simulator, the dev client, an operator password). With
 * {@code spring.datasource.url} set, none of this happens and nothing is seeded.
 */
public class LocalModeEnvironment implements EnvironmentPostProcessor, Ordered {
    static final String ENABLED = "evpair.embedded-database.enabled";
    static final String DATA_DIR = "evpair.embedded-database.data-dir";
    /** base64 of 32 bytes: local mode's vendor-token key (public, like dev-secret). */
    static final String DEV_TOKEN_KEY = "ZXZwYWlyLWxvY2FsLW1vZGUtdG9rZW4ta2V5LTMyYmk=";

    /** Logging is not set up yet this early; deferred messages appear once it is. */
    private final Log log;

    public LocalModeEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(LocalModeEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")
                || !environment.getProperty(ENABLED, Boolean.class, true)) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty(DATA_DIR,
                Path.of(System.getProperty("user.home"), ".evpair", "postgres").toString()));
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, log);

        Map<String, Object> local = new HashMap<>();
        local.put("spring.datasource.url", database.jdbcUrl());
        local.put("spring.datasource.username", EmbeddedDatabase.USER);
        local.put("spring.datasource.password", "");
        environment.getPropertySources().addFirst(new MapPropertySource("evpairEmbeddedDatabase", local));

        // Defaults only: anything the user configured still wins.
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("evpair.simulator.enabled", "true");
        defaults.put("evpair.dev-client.enabled", "true");
        defaults.put("evpair.admin.password", "dev-admin-secret");
        defaults.put("evpair.auth.token-ttl", "PT12H");
        defaults.put("evpair.webhooks.allow-private-targets", "true");
        // A fixed development key, so vendor links survive restarts locally; never use it in production.
        defaults.put("evpair.vendors.token-key", DEV_TOKEN_KEY);
        environment.getPropertySources().addLast(new MapPropertySource("evpairLocalModeDefaults", defaults));
    }

    @Override
    public int getOrder() {
        // After the config files are read, so that application.yml and the environment can switch this off.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
