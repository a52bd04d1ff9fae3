package io.evpair.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.Http;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;

/**
 * A generated dataset (test resource {@code cluster/}) replayed the way {@code score.py --engine http} does: at
 * each checkpoint, every observation received since the last one, then a clock move, then the active pairs.
 * Which instance serves each request is the caller's choice.
 */
final class ReplayedDataset {
    static final Duration STEP = Duration.ofMinutes(15);

    final JsonNode devices;
    final Instant start;
    final Instant end;
    /** The observations each checkpoint sends: those received since the previous one. */
    private final List<List<String>> batches = new ArrayList<>();
    final int observationCount;

    ReplayedDataset() throws IOException {
        devices = Http.parse(new String(resource("devices.json").readAllBytes(), StandardCharsets.UTF_8));
        start = Instant.parse(devices.get("start").asString());
        end = start.plus(Duration.ofDays(devices.get("days").asInt()));
        for (int i = 0; i < checkpoints(); i++) {
            batches.add(new ArrayList<>());
        }
        int count = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(resource("observations.jsonl.gz")), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    Instant received = Instant.parse(Http.parse(line).get("receivedAt").asString());
                    long index = Math.max(0, (Duration.between(start, received).toMillis() - 1) / STEP.toMillis());
                    if (index < checkpoints()) {
                        batches.get((int) index).add(line);
                        count++;
                    }
                }
            }
        }
        observationCount = count;
    }

    int checkpoints() {
        return (int) (Duration.between(start, end).toMinutes() / STEP.toMinutes());
    }

    /** Links every device of the dataset; returns our id → vendor id. */
    Map<String, String> link(Http.Client client) {
        Map<String, String> vendorIds = new HashMap<>();
        for (JsonNode user : devices.get("users")) {
            String userId = user.get("userId").asString();
            for (JsonNode v : user.get("vehicles")) {
                vendorIds.put(created(client.post("/simulator/users/" + userId + "/vehicles", v.toString())),
                        v.get("vendorDeviceId").asString());
            }
            for (JsonNode c : user.get("chargers")) {
                vendorIds.put(created(client.post("/simulator/users/" + userId + "/chargers", c.toString())),
                        c.get("vendorDeviceId").asString());
            }
        }
        return vendorIds;
    }

    /**
     * Runs checkpoint {@code index}; {@code instance.apply(n)} is the client on the instance that serves the
     * checkpoint's n-th request. Returns the active pairs seen, as vendor ids.
     */
    List<String> checkpoint(int index, IntFunction<Http.Client> instance, Map<String, String> vendorIds) {
        Instant at = start.plus(STEP.multipliedBy(index + 1L));
        List<String> rows = batches.get(index);
        if (!rows.isEmpty()) {
            acknowledged(instance.apply(0), "/simulator/observations", "{\"observations\":[" + String.join(",", rows) + "]}");
        }
        acknowledged(instance.apply(1), "/simulator/clock", "{\"now\":\"" + at + "\"}");
        TreeSet<String> pairs = new TreeSet<>();
        for (JsonNode p : instance.apply(2).get("/charging-pairs?pageSize=1000").json().get("data")) {
            pairs.add(vendorIds.get(p.get("vehicleId").asString()) + "/" + vendorIds.get(p.get("chargerId").asString()));
        }
        return List.copyOf(pairs);
    }

    /** A 503 means "kept, not yet processed": like any client, send again until it is acknowledged. */
    static void acknowledged(Http.Client client, String path, String body) {
        Http.Response r = client.post(path, body);
        for (int retry = 0; r.status() == 503 && retry < 3; retry++) {
            r = client.post(path, body);
        }
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
    }

    private static String created(Http.Response r) {
        assertThat(r.status()).as(r.body()).isIn(200, 201);
        return r.json().get("id").asString();
    }

    private static InputStream resource(String name) {
        return ReplayedDataset.class.getResourceAsStream("/cluster/" + name);
    }
}
