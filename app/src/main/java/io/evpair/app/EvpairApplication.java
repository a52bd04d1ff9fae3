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
    public static void main(String[] args) {
        SpringApplication.run(EvpairApplication.class, args);
    }
}
