package io.evpair.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Starts evpair: the API, the adapters and the engine, wired over one PostgreSQL database. */
@SpringBootApplication(scanBasePackages = "io.evpair")
@EntityScan("io.evpair.persistence")
@EnableJpaRepositories("io.evpair.persistence")
@EnableScheduling
public class EvpairApplication {
    /**
     * Tomcat gives every WebSocket its read, write and encoding buffers of this size (8 KiB unless set), idle or
     * not: with thousands of OCPP charge points connected that was most of their heap. OCPP frames are small and
     * longer ones are joined from pieces (FrameAssembly), so 1 KiB is enough (docs/ocpp.md, the benchmark).
     */
    static final String WEBSOCKET_BUFFER_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    public static void main(String[] args) {
        if (System.getProperty(WEBSOCKET_BUFFER_PROPERTY) == null) {
            System.setProperty(WEBSOCKET_BUFFER_PROPERTY, "1024");
        }
        SpringApplication.run(EvpairApplication.class, args);
    }
}
