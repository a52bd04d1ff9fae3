package io.evpair.adapters.volvo;

import io.evpair.adapters.cloud.CloudHttp;
import io.evpair.adapters.cloud.OAuth2Client;
import io.evpair.adapters.cloud.OAuthCloud;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.devices.VehicleInformation;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.vendors.CloudAccess;
import io.evpair.engine.vendors.DiscoveredDevice;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A Volvo ID account: Volvo's OAuth2 (authorization code with PKCE at {@code volvoid.eu.volvocars.com}, the client
 * authenticated with HTTP Basic), its vehicles through the Connected Vehicle API, their charging through the Energy
 * API ({@link VolvoVehicle}). Every API call carries the application's {@code vcc-api-key}.
 */
public final class VolvoCloud extends OAuthCloud {
    public static final Vendor VENDOR = new Vendor("VOLVO");
    static final String API_KEY_HEADER = "vcc-api-key";

    private final Map<String, String> apiKey;

    public VolvoCloud(CloudHttp http, CloudAccess access, Clock clock, String apiKey) {
        super(VENDOR, http, new OAuth2Client(http, "/as/authorization.oauth2", "/as/token.oauth2", clock, true), clock,
                List.of(new VolvoVehicle(http, access, clock, apiKey)));
        this.apiKey = Map.of(API_KEY_HEADER, apiKey);
    }

    @Override
    public URI authorizationUri(AuthorizationRequest request) {
        return oauth.authorizationUri(request, "openid conve:vehicle_relation energy:state:read", Map.of());
    }

    @Override
    public List<DiscoveredDevice> discover(String accessToken, Set<DeviceType> kinds) {
        List<DiscoveredDevice> found = new ArrayList<>();
        for (JsonNode v : require(http.get(api("/connected-vehicle/v2/vehicles"), accessToken, apiKey)).path("data")) {
            String vin = v.path("vin").asString("");
            if (vin.isBlank()) {
                continue;
            }
            JsonNode details = require(http.get(api("/connected-vehicle/v2/vehicles/" + vin), accessToken, apiKey)).path("data");
            Integer year = details.path("modelYear").isNumber() ? details.path("modelYear").asInt() : null;
            found.add(new DiscoveredDevice.Vehicle(vin, new VehicleInformation(vin, "Volvo",
                    details.path("descriptions").path("model").asString(null), year, null, null)));
        }
        return found;
    }
}
