package io.evpair.app.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evpair.app.EvpairApplication;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The application in a JVM of its own on the test database, so that killing it is a real SIGKILL
 * ({@code destroyForcibly}): nothing in the process gets to run, as after a power cut.
 */
public record ChildInstance(Process process, Http http, String name) {

    /** Starts it with {@code properties} ("key=value", as command-line arguments); its log goes to target/NAME.log. */
    public static ChildInstance start(String name, List<String> properties) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                "-Dspring.datasource.url=" + System.getProperty("spring.datasource.url"),
                "-Dspring.datasource.username=" + System.getProperty("spring.datasource.username"),
                "-Dspring.datasource.password=" + System.getProperty("spring.datasource.password"),
                EvpairApplication.class.getName(), "--server.port=" + port));
        properties.forEach(p -> command.add("--" + p));
        File log = Path.of("target", name + ".log").toFile();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        return new ChildInstance(process, new Http("http://localhost:" + port), name);
    }

    public Http awaitReady() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertThat(process.isAlive()).as("%s is running (see app/target/%s.log)", name, name).isTrue();
            try {
                return http.send("GET", "/actuator/health", null, null, null).status() == 200;
            } catch (IllegalStateException notYet) {
                return false;
            }
        });
        return http;
    }
}
