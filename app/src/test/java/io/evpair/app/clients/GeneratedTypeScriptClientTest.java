package io.evpair.app.clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The customer journey of {@link GeneratedJavaClientTest}, written against the TypeScript client generated from
 * {@code clients/openapi.json} (module {@code clients/typescript}, compiled by tsc in the build) and run by node
 * against this service. The script asserts each step itself and exits non-zero at the first that fails.
 */
class GeneratedTypeScriptClientTest extends IntegrationTest {
    private static final Path SCRIPT = Path.of("..", "clients", "typescript", "target", "js", "e2e", "customer.js");

    @Value("${local.server.port}")
    private int port;

    @Test
    void aCustomerPairsACarWithItsChargerThroughTheGeneratedTypeScriptClient() throws IOException, InterruptedException {
        assertThat(SCRIPT).as("the compiled script; `./mvnw verify` (or -pl app -am) builds clients/typescript first")
                .exists();
        Http.Client client = newClient();
        ProcessBuilder node = new ProcessBuilder("node", SCRIPT.toString()).redirectErrorStream(true);
        node.environment().put("EVPAIR_BASE_URL", "http://localhost:" + port);
        node.environment().put("EVPAIR_CLIENT_ID", client.clientId);
        node.environment().put("EVPAIR_CLIENT_SECRET", client.secret);
        Path output = Files.createTempFile("evpair-ts-client", ".log");
        Process process = node.redirectOutput(output.toFile()).start();

        boolean finished = process.waitFor(2, TimeUnit.MINUTES);
        String log = Files.readString(output, StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("node finished within two minutes; output: %s", log).isTrue();
        assertThat(process.exitValue()).as(log).isZero();
        assertThat(log).contains("\"ok\":true");
    }
}
