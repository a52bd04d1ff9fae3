package io.evpair.adapters.wallbox;

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

/**
 * A Wallbox (myWallbox) account: its chargers by group ({@code GET /v3/chargers/groups}); each is a
 * {@link WallboxCharger}. Wallbox's API signs in with the user's password; as for Easee, evpair links through an
 * OAuth2 authorization server at {@code auth-base-url} instead (docs/vendors.md).
 */
public final class WallboxCloud extends OAuthCloud {
    public static final Vendor VENDOR = new Vendor("WALLBOX");

    public WallboxCloud(CloudHttp http, CloudAccess access, Clock clock) {
        super(VENDOR, http, "/oauth/authorize", "/oauth/token", clock, List.of(new WallboxCharger(http, access, clock)));
    }

    @Override
    public URI authorizationUri(AuthorizationRequest request) {
        return oauth.authorizationUri(request, "offline_access", Map.of("ui_locales", request.language()));
    }

    @Override
    public List<DiscoveredDevice> discover(String accessToken, Set<DeviceType> kinds) {
        List<DiscoveredDevice> found = new ArrayList<>();
        for (JsonNode group : require(http.get(api("/v3/chargers/groups"), accessToken)).path("result").path("groups")) {
            for (JsonNode charger : group.path("chargers")) {
                String id = charger.path("id").asString("");
                if (!id.isBlank()) {
                    found.add(new DiscoveredDevice.Charger(id, new ChargerInformation("Wallbox",
                            charger.path("chargerType").asString(null), null, charger.path("serialNumber").asString(null)), null));
                }
            }
        }
        return found;
    }
}
