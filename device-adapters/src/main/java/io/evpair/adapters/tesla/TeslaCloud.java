package io.evpair.adapters.tesla;

import io.evpair.adapters.cloud.CloudHttp;
import io.evpair.adapters.cloud.OAuthCloud;
import io.evpair.engine.devices.ChargerInformation;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.devices.VehicleInformation;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.vendors.CloudAccess;
import io.evpair.engine.vendors.DiscoveredDevice;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A Tesla account through the Fleet API: linking and discovery of its vehicles and of the Wall Connectors of its
 * energy sites. Each kind has its adapter: {@link TeslaVehicle}, {@link TeslaWallConnector}. Field use and
 * mappings: docs/vendors.md.
 */
public final class TeslaCloud extends OAuthCloud {
    public static final Vendor VENDOR = new Vendor("TESLA");

    public TeslaCloud(CloudHttp http, CloudAccess access, Clock clock) {
        super(VENDOR, http, "/oauth2/v3/authorize", "/oauth2/v3/token", clock,
                List.of(new TeslaVehicle(http, access, clock), new TeslaWallConnector(http, access, clock)));
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
                        v.path("display_name").asString(null), null)));
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
                            new ChargerInformation("Tesla", "Wall Connector", null, din), null));
                }
            }
        }
        return found;
    }

    private Iterable<JsonNode> list(String url, String accessToken) {
        return require(http.get(url, accessToken)).path("response");
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
