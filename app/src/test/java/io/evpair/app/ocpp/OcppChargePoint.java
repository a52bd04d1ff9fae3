package io.evpair.app.ocpp;

import io.evpair.app.support.Http;
import io.evpair.app.support.NpmInstall;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * A real OCPP charge point that nobody here wrote, driven line by line from the test ({@code driver.js} in
 * {@code app/src/test/ocpp-client}): the npm package ocpp-rpc in strict mode (1.6J and 2.0.1,
 * {@code charge-point.js}), or, as a second independent 1.6J implementation, @voltbras/ts-ocpp
 * ({@code ts-ocpp-charge-point.js}).
 */
final class OcppChargePoint implements AutoCloseable {
    static final Path CLIENT_DIR = Path.of("src/test/ocpp-client");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Set<String> HOUSEKEEPING = Set.of("TriggerMessage", "ChangeConfiguration",
            "GetConfiguration", "GetVariables", "SetVariables");

    private final Process process;
    private final Writer stdin;
    private final BlockingQueue<JsonNode> replies = new LinkedBlockingQueue<>();
    private final BlockingQueue<JsonNode> requests = new LinkedBlockingQueue<>();
    private final BlockingQueue<JsonNode> housekeeping = new LinkedBlockingQueue<>();
    private final AtomicInteger ids = new AtomicInteger();

    private OcppChargePoint(Process process) {
        this.process = process;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readStdout, "ocpp-charge-point-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the ocpp-rpc charge point (not yet connected). Installs the clients from the lock file first if needed. */
    static OcppChargePoint start(String endpoint, String identity, String password) {
        return start(endpoint, identity, password, "ocpp1.6");
    }

    /** @param protocols the subprotocols it offers, comma-separated, e.g. "ocpp1.6,ocpp2.0.1" */
    static OcppChargePoint start(String endpoint, String identity, String password, String protocols) {
        return start("charge-point.js", endpoint, identity, password, protocols);
    }

    /** Starts the @voltbras/ts-ocpp charge point (OCPP 1.6J only), not yet connected. */
    static OcppChargePoint startTsOcpp(String endpoint, String identity, String password) {
        return start("ts-ocpp-charge-point.js", endpoint, identity, password, "ocpp1.6");
    }

    private static OcppChargePoint start(String script, String endpoint, String identity, String password,
                                         String protocols) {
        installOnce();
        ProcessBuilder builder = new ProcessBuilder("node", script).directory(CLIENT_DIR.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("ENDPOINT", endpoint);
        builder.environment().put("IDENTITY", identity);
        builder.environment().put("PROTOCOLS", protocols);
        if (password != null) {
            builder.environment().put("PASSWORD", password);
        }
        try {
            return new OcppChargePoint(builder.start());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start node (Node.js >= 17.3 must be on the PATH)", e);
        }
    }

    /** Connects; the reply is {"type":"connected"} or {"type":"failed","code":<HTTP status>}. */
    JsonNode connect() {
        return send("{\"connect\":true}");
    }

    /** Makes a call to evpair; the reply is {"type":"result","result":…} or {"type":"failed","code":…}. */
    JsonNode call(String action, String paramsJson) {
        return send("{\"call\":\"" + action + "\",\"params\":" + paramsJson + "}");
    }

    /** Sets how the charge point answers evpair's {@code action} from now on. */
    void answer(String action, String resultJson) {
        send("{\"answer\":\"" + action + "\",\"with\":" + resultJson + "}");
    }

    /** The next command evpair sent the charge point: {"method":…, "params":…}. */
    JsonNode nextRequest() {
        return next(requests);
    }

    /** The next call evpair makes on its own when a charge point connects or boots (TriggerMessage, configuration). */
    JsonNode nextHousekeeping() {
        return next(housekeeping);
    }

    private static JsonNode next(BlockingQueue<JsonNode> queue) {
        try {
            JsonNode request = queue.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (request == null) {
                throw new AssertionError("evpair made no call to the charge point within " + WAIT);
            }
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private synchronized JsonNode send(String commandWithoutId) {
        int id = ids.incrementAndGet();
        // one line per command: JSON text blocks from the tests span several
        String line = ("{\"id\":" + id + "," + commandWithoutId.substring(1)).replace('\n', ' ');
        try {
            stdin.write(line + "\n");
            stdin.flush();
            JsonNode reply = replies.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (reply == null) {
                throw new AssertionError("the charge point did not reply to " + line + " within " + WAIT);
            }
            if (reply.get("id").asInt() != id) {
                throw new AssertionError("reply " + reply + " is not to " + line);
            }
            return reply;
        } catch (IOException e) {
            throw new IllegalStateException("the charge point process is gone", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void readStdout() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                JsonNode event = Http.parse(line);
                if ("request".equals(event.path("type").asString(""))) {
                    (HOUSEKEEPING.contains(event.get("method").asString()) ? housekeeping : requests).add(event);
                } else if (event.has("id")) {
                    replies.add(event);
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    @Override
    public void close() {
        try {
            stdin.close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        }
    }

    private static boolean installed;

    /** `npm ci` from the committed lock file when a client is missing, so `./mvnw verify` needs nothing else. */
    private static synchronized void installOnce() {
        if (installed || (Files.isDirectory(CLIENT_DIR.resolve("node_modules/ocpp-rpc"))
                && Files.isDirectory(CLIENT_DIR.resolve("node_modules/@voltbras/ts-ocpp")))) {
            installed = true;
            return;
        }
        NpmInstall.ci(CLIENT_DIR, Map.of());
        installed = true;
    }
}
