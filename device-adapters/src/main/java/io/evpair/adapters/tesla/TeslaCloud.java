package io.evpair.adapters.tesla;

import io.evpair.adapters.cloud.Answers;
import io.evpair.adapters.cloud.CloudHttp;
import io.evpair.adapters.cloud.OAuthCloud;
import io.evpair.engine.adapters.CommandResult;
import io.evpair.engine.adapters.DeviceAddress;
import io.evpair.engine.devices.ChargerInformation;
import io.evpair.engine.devices.CommandCapabilities;
import io.evpair.engine.devices.DeviceType;
import io.evpair.engine.devices.GeoPoint;
import io.evpair.engine.devices.VehicleInformation;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.vendors.DiscoveredDevice;
import io.evpair.engine.vendors.PollOutcome;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Tesla through the Fleet API: vehicles ({@code vehicle_data}, charge commands) and Wall Connectors, which are
 * chargers read through their energy site's {@code live_status} (the Fleet API has no Wall Connector commands).
 * A sleeping vehicle answers 408 and is left asleep. Field use and mappings: docs/vendors.md.
 */
public final class TeslaCloud extends OAuthCloud {
    public static final String VENDOR = "TESLA";
    /** Vehicles start, stop and limit their charging current (set_charging_amps, from a kW limit). */
    static final CommandCapabilities VEHICLE = new CommandCapabilities(true, true, true, false);

    public TeslaCloud(CloudHttp http, Clock clock) {
        super(VENDOR, Set.of(DeviceType.VEHICLE, DeviceType.CHARGER), http, "/oauth2/v3/authorize", "/oauth2/v3/token", clock);
    }

    @Override
    public URI authorizationUri(AuthorizationRequest request) {
        return oauth.authorizationUri(request, String.join(" ", scopes(request.scopes())),
                Map.of("locale", request.language(), "prompt_missing_scopes", "true"));
    }

    /** evpair's scopes as Tesla's: openid and offline_access (for a refresh token) always. */
    static Set<String> scopes(List<String> evpairScopes) {
        Set<String> scopes = new LinkedHashSet<>(List.of("openid", "offline_access"));
        for (String scope : evpairScopes) {
            switch (scope) {
                case "vehicle:read:data" -> scopes.add("vehicle_device_data");
                case "vehicle:read:location" -> { scopes.add("vehicle_device_data"); scopes.add("vehicle_location"); }
                case "vehicle:control:charging" -> scopes.add("vehicle_charging_cmds");
                default -> {
                    if (scope.startsWith("charger:")) {
                        scopes.add("energy_device_data");
                    }
                }
            }
        }
        return scopes;
    }

    @Override
    protected Map<String, String> exchangeExtras() {
        return Map.of("audience", http.settings().apiBaseUrl());
    }

    @Override
    public List<DiscoveredDevice> discover(String accessToken, Set<DeviceType> kinds) {
        List<DiscoveredDevice> found = new ArrayList<>();
        if (kinds.contains(DeviceType.VEHICLE)) {
            for (JsonNode v : list(api("/api/1/vehicles"), accessToken)) {
                String vin = v.path("vin").asString("");
                if (vin.isBlank()) {
                    continue;
                }
                found.add(new DiscoveredDevice.Vehicle(vin, new VehicleInformation(vin, "Tesla", model(vin), null,
                        v.path("display_name").asString(null), null), VEHICLE));
            }
        }
        if (kinds.contains(DeviceType.CHARGER)) {
            for (JsonNode product : list(api("/api/1/products"), accessToken)) {
                if (!product.has("energy_site_id")) {
                    continue;
                }
                String site = product.get("energy_site_id").asString();
                JsonNode status = require(http.get(api("/api/1/energy_sites/" + site + "/live_status"), accessToken));
                for (JsonNode wc : status.path("response").path("wall_connectors")) {
                    String din = wc.path("din").asString("");
                    if (din.isBlank()) {
                        continue;
                    }
                    found.add(new DiscoveredDevice.Charger(site + "/" + din,
                            new ChargerInformation("Tesla", "Wall Connector", null, din), CommandCapabilities.NONE, null));
                }
            }
        }
        return found;
    }

    @Override
    public PollOutcome poll(String accessToken, DeviceAddress device) {
        return device.type() == DeviceType.VEHICLE ? pollVehicle(accessToken, device) : pollWallConnector(accessToken, device);
    }

    private PollOutcome pollVehicle(String accessToken, DeviceAddress device) {
        CloudHttp.Answer answer = http.get(api("/api/1/vehicles/" + device.vendorDeviceId()
                + "/vehicle_data?endpoints=charge_state%3Bdrive_state%3Blocation_data"), accessToken);
        if (!answer.ok()) {
            return Answers.pollFailure(answer); // 408: asleep, and it stays so
        }
        Instant now = clock.instant();
        JsonNode data = answer.body().path("response");
        JsonNode charge = data.path("charge_state");
        JsonNode drive = data.path("drive_state");
        PlugState plug = PlugState.ofChargingState(charge.path("charging_state").asString(null));
        GeoPoint position = drive.hasNonNull("latitude") && drive.hasNonNull("longitude")
                ? new GeoPoint(drive.get("latitude").asDouble(), drive.get("longitude").asDouble()) : null;
        return new PollOutcome.Reported(List.of(new Observation(device.deviceId(), DeviceType.VEHICLE,
                observedAt(charge.path("timestamp"), now), now, plug.pluggedIn(), plug.charging(),
                number(charge.path("charger_power")), number(charge.path("battery_level")), position, null)));
    }

    private PollOutcome pollWallConnector(String accessToken, DeviceAddress device) {
        String[] siteAndDin = device.vendorDeviceId().split("/", 2);
        CloudHttp.Answer answer = http.get(api("/api/1/energy_sites/" + siteAndDin[0] + "/live_status"), accessToken);
        if (!answer.ok()) {
            return Answers.pollFailure(answer);
        }
        Instant now = clock.instant();
        JsonNode status = answer.body().path("response");
        for (JsonNode wc : status.path("wall_connectors")) {
            if (wc.path("din").asString().equals(siteAndDin[1])) {
                Double watts = number(wc.path("wall_connector_power"));
                PlugState plug = PlugState.ofWallConnectorState(wc.path("wall_connector_state").asInt(-1), watts);
                return new PollOutcome.Reported(List.of(new Observation(device.deviceId(), DeviceType.CHARGER,
                        observedAt(status.path("timestamp"), now), now, plug.pluggedIn(), plug.charging(),
                        watts == null ? null : watts / 1000, null, null, null)));
            }
        }
        return new PollOutcome.Failed("Wall Connector " + siteAndDin[1] + " is no longer in energy site " + siteAndDin[0]);
    }

    @Override
    public CommandResult startCharging(String accessToken, DeviceAddress device) {
        return command(accessToken, device, "charge_start", "{}");
    }

    @Override
    public CommandResult stopCharging(String accessToken, DeviceAddress device) {
        return command(accessToken, device, "charge_stop", "{}");
    }

    /** set_charging_amps, from the vehicle's own charger voltage and phases (one read of charge_state first). */
    @Override
    public CommandResult setChargeRateLimit(String accessToken, DeviceAddress device, double kilowatts) {
        CloudHttp.Answer state = http.get(api("/api/1/vehicles/" + device.vendorDeviceId()
                + "/vehicle_data?endpoints=charge_state"), accessToken);
        if (!state.ok()) {
            return Answers.command(state, false, describe(device));
        }
        JsonNode charge = state.body().path("response").path("charge_state");
        double volts = charge.path("charger_voltage").asDouble(0) > 100 ? charge.path("charger_voltage").asDouble() : 230;
        int phases = Math.max(1, charge.path("charger_phases").asInt(1));
        long amps = Math.max(0, Math.round(Math.floor(kilowatts * 1000 / (volts * phases))));
        return command(accessToken, device, "set_charging_amps", "{\"charging_amps\":" + amps + "}");
    }

    private CommandResult command(String accessToken, DeviceAddress device, String command, String json) {
        CloudHttp.Answer answer = http.postJson(api("/api/1/vehicles/" + device.vendorDeviceId() + "/command/" + command),
                accessToken, json);
        return Answers.command(answer, answer.body().path("response").path("result").asBoolean(false), describe(device));
    }

    private static String describe(DeviceAddress device) {
        return "Tesla " + device.type().name().toLowerCase() + " " + device.deviceId();
    }

    private Iterable<JsonNode> list(String url, String accessToken) {
        return require(http.get(url, accessToken)).path("response");
    }

    private static JsonNode require(CloudHttp.Answer answer) {
        if (!answer.ok()) {
            throw new IllegalStateException("Tesla answered " + answer.summary());
        }
        return answer.body();
    }

    /** Vehicle data has epoch milliseconds, energy live_status ISO-8601 with an offset; absent or unreadable means now. */
    private static Instant observedAt(JsonNode timestamp, Instant now) {
        if (timestamp.isNumber()) {
            return timestamp.asLong() > 0 ? Instant.ofEpochMilli(timestamp.asLong()) : now;
        }
        try {
            return timestamp.isString() ? java.time.OffsetDateTime.parse(timestamp.asString()).toInstant() : now;
        } catch (java.time.format.DateTimeParseException e) {
            return now;
        }
    }

    /** The model from the VIN's fourth character (5YJ3… is a Model 3). */
    static String model(String vin) {
        if (vin == null || vin.length() < 4) {
            return null;
        }
        return switch (vin.charAt(3)) {
            case 'S', '3', 'X', 'Y' -> "Model " + vin.charAt(3);
            case 'C' -> "Cybertruck";
            default -> null;
        };
    }
}
