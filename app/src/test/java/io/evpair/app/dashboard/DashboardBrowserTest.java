package io.evpair.app.dashboard;

import static io.evpair.app.support.Simulation.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import io.evpair.app.support.NpmInstall;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * The pairing dashboard in a real browser: Debian's headless Chromium driven by playwright-core
 * ({@code app/src/test/dashboard-browser/dashboard.js}) logs in, opens a user, and must see the activated pair
 * and the reason of a failed action. Saves a screenshot to {@code target/dashboard.png} (to {@code docs/dashboard.png}
 * with {@code -Devpair.dashboard.screenshot=docs}, to refresh the one committed). Fails (never skips) without Chromium.
 */
class DashboardBrowserTest extends IntegrationTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCRIPT_DIR = Path.of("src/test/dashboard-browser");
    static final Path SCREENSHOT = "docs".equals(System.getProperty("evpair.dashboard.screenshot"))
            ? Path.of("../docs/dashboard.png") : Path.of("target/dashboard.png");

    @Value("${local.server.port}")
    int port;

    @Test
    void logsInOpensAUserAndSeesTheActivePairAndAFailedActionsReason() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("The dashboard browser test needs Debian's Chromium at %s: apt-get install -y chromium"
                        + " (.ci/run installs it)", CHROMIUM)
                .isTrue();
        assertThat(http.send("GET", "/dashboard/", null, null, null).body()).contains("pairing dashboard");

        Http.Client client = newClient();
        String vehicle = vehicle(client, "dana", "dash-v-1", false);
        String charger = charger(client, "dana", "dash-c-1", true);
        vehicle(client, "dana", "dash-v-2", true);
        plugInAndCharge(client, "dash-v-1", "dash-c-1", 0, 60);
        JsonNode pairs = client.get("/users/dana/charging-pairs").json().get("data");
        assertThat(pairs.findValuesAsString("state")).contains("ACTIVATED");

        action(client.post("/chargers/" + charger + "/max-current", "{\"maxCurrent\":16}"));
        client.post("/simulator/devices/dash-c-1/behaviour", "{\"behaviour\":\"REJECT\"}");
        client.post("/simulator/clock", "{\"now\":\"" + T0.plusSeconds(63 * 60) + "\"}");
        JsonNode failed = action(client.post("/vehicles/" + vehicle + "/charging", "{\"action\":\"STOP\"}"));
        assertThat(failed.get("state").asString()).isEqualTo("FAILED");
        String detail = failed.get("failureReason").get("detail").asString();
        client.post("/simulator/devices/dash-c-1/behaviour", "{\"behaviour\":\"ACCEPT\"}");

        Files.createDirectories(SCREENSHOT.toAbsolutePath().getParent());
        String output = runBrowser(client, vehicle, charger, failed.get("id").asString(), detail);

        assertThat(output).contains("DASHBOARD OK");
        assertThat(SCREENSHOT).exists().isNotEmptyFile();
    }

    private String runBrowser(Http.Client client, String vehicle, String charger, String failedAction, String detail)
            throws IOException, InterruptedException {
        installOnce();
        ProcessBuilder builder = new ProcessBuilder("node", "dashboard.js").directory(SCRIPT_DIR.toFile())
                .redirectErrorStream(true);
        var env = builder.environment();
        env.put("BASE_URL", "http://localhost:" + port);
        env.put("CLIENT_ID", client.clientId);
        env.put("CLIENT_SECRET", client.secret);
        env.put("USER_ID", "dana");
        env.put("VEHICLE_ID", vehicle);
        env.put("CHARGER_ID", charger);
        env.put("FAILED_ACTION_ID", failedAction);
        env.put("FAILURE_DETAIL", detail);
        env.put("SCREENSHOT", SCREENSHOT.toAbsolutePath().normalize().toString());
        env.put("CHROMIUM", CHROMIUM.toString());
        Process node = builder.start();
        byte[] out = node.getInputStream().readAllBytes();
        boolean done = node.waitFor(120, TimeUnit.SECONDS);
        if (!done) {
            node.destroyForcibly();
        }
        String output = new String(out, StandardCharsets.UTF_8);
        System.out.println(output);
        assertThat(done).as("the browser script did not finish within 120 s:%n%s", output).isTrue();
        assertThat(node.exitValue()).as("the browser script failed:%n%s", output).isZero();
        return output;
    }

    private static boolean installed;

    private static synchronized void installOnce() throws IOException, InterruptedException {
        if (installed || Files.isDirectory(SCRIPT_DIR.resolve("node_modules/playwright-core"))) {
            installed = true;
            return;
        }
        NpmInstall.ci(SCRIPT_DIR, Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
        installed = true;
    }
}
