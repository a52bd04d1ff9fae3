package io.evpair.engine.inference.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** A folder written by {@code pairing-eval/gen_dataset.py}; each file may also be gzipped ({@code .gz}). */
record Dataset(Instant start, int days, List<User> users, List<Row> observations, List<Session> truth) {

    record User(String userId, List<VehicleSpec> vehicles, List<ChargerSpec> chargers) {
    }

    record VehicleSpec(String vendorDeviceId, Double batteryCapacityKwh) {
    }

    record ChargerSpec(String vendorDeviceId, Double latitude, Double longitude) {
    }

    /** One line of observations.jsonl, fields as the simulator contract names them. */
    record Row(String vendorDeviceId, boolean vehicle, Instant observedAt, Instant receivedAt, Boolean isPluggedIn,
               Boolean isCharging, Double chargeRateKw, Double batteryLevel, Double latitude, Double longitude,
               String idTag) {
    }

    record Session(String userId, String vehicle, String charger, String kind, Instant pluggedInAt,
                   Instant unpluggedAt, boolean observable, boolean openAtEnd) {
    }

    static Dataset read(Path folder) throws IOException {
        Map<String, Object> devices = Json.object(Json.parse(text(folder, "devices.json")));
        List<User> users = new ArrayList<>();
        for (Object u : Json.array(devices.get("users"))) {
            Map<String, Object> um = Json.object(u);
            List<VehicleSpec> vs = new ArrayList<>();
            for (Object v : Json.array(um.get("vehicles"))) {
                Map<String, Object> vm = Json.object(v);
                vs.add(new VehicleSpec((String) vm.get("vendorDeviceId"), (Double) vm.get("batteryCapacityKwh")));
            }
            List<ChargerSpec> cs = new ArrayList<>();
            for (Object c : Json.array(um.get("chargers"))) {
                Map<String, Object> cm = Json.object(c);
                Map<String, Object> a = cm.get("address") == null ? null : Json.object(cm.get("address"));
                cs.add(new ChargerSpec((String) cm.get("vendorDeviceId"),
                        a == null ? null : (Double) a.get("latitude"), a == null ? null : (Double) a.get("longitude")));
            }
            users.add(new User((String) um.get("userId"), vs, cs));
        }
        List<Row> rows = new ArrayList<>(200_000);
        try (BufferedReader r = reader(folder, "observations.jsonl")) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> o = Json.object(Json.parse(line));
                rows.add(new Row((String) o.get("vendorDeviceId"), "VEHICLE".equals(o.get("deviceType")),
                        Instant.parse((String) o.get("observedAt")), Instant.parse((String) o.get("receivedAt")),
                        (Boolean) o.get("isPluggedIn"), (Boolean) o.get("isCharging"), (Double) o.get("chargeRateKw"),
                        (Double) o.get("batteryLevel"), (Double) o.get("latitude"), (Double) o.get("longitude"),
                        (String) o.get("idTag")));
            }
        }
        List<Session> truth = new ArrayList<>();
        for (Object s : Json.array(Json.object(Json.parse(text(folder, "truth.json"))).get("sessions"))) {
            Map<String, Object> m = Json.object(s);
            truth.add(new Session((String) m.get("userId"), (String) m.get("vehicle"), (String) m.get("charger"),
                    (String) m.get("kind"), Instant.parse((String) m.get("pluggedInAt")),
                    Instant.parse((String) m.get("unpluggedAt")), Boolean.TRUE.equals(m.get("observable")),
                    Boolean.TRUE.equals(m.get("openAtEnd"))));
        }
        return new Dataset(Instant.parse((String) devices.get("start")), ((Double) devices.get("days")).intValue(),
                users, rows, truth);
    }

    private static String text(Path folder, String name) throws IOException {
        try (BufferedReader r = reader(folder, name)) {
            StringBuilder b = new StringBuilder();
            char[] buf = new char[1 << 16];
            for (int n = r.read(buf); n > 0; n = r.read(buf)) {
                b.append(buf, 0, n);
            }
            return b.toString();
        }
    }

    private static BufferedReader reader(Path folder, String name) throws IOException {
        Path plain = folder.resolve(name);
        InputStream in = Files.exists(plain) ? Files.newInputStream(plain)
                : new GZIPInputStream(Files.newInputStream(folder.resolve(name + ".gz")), 1 << 16);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
