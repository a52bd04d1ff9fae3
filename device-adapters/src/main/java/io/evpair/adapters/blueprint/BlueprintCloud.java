package io.evpair.adapters.blueprint;

import io.evpair.adapters.cloud.CloudHttp;
import io.evpair.adapters.cloud.OAuthCloud;
import io.evpair.engine.devices.ChargerInformation;
import io.evpair.engine.ids.DeviceType;
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

/** A blueprint account: OAuth2 at {@code /oauth/authorize} and {@code /oauth/token}, its chargers at {@code /v1/chargers}. */
public final class BlueprintCloud extends OAuthCloud {
    public static final Vendor VENDOR = new Vendor("BLUEPRINT");

    public BlueprintCloud(CloudHttp http, CloudAccess access, Clock clock) {
        super(VENDOR, http, "/oauth/authorize", "/oauth/token", clock,
                List.of(new BlueprintCharger(http, access, clock))); // one adapter per kind of device
    }

    @Override
    public URI authorizationUri(AuthorizationRequest request) {
        return oauth.authorizationUri(request, "offline_access", Map.of());
    }

    @Override
    public List<DiscoveredDevice> discover(String accessToken, Set<DeviceType> kinds) {
        List<DiscoveredDevice> found = new ArrayList<>();
        for (JsonNode charger : require(http.get(api("/v1/chargers"), accessToken)).path("chargers")) {
            String id = charger.path("id").asString("");
            if (!id.isBlank()) {
                found.add(new DiscoveredDevice.Charger(id, new ChargerInformation("Blueprint",
                        charger.path("model").asString(null), null, charger.path("serial").asString(null)), null));
            }
        }
        return found;
    }
}
