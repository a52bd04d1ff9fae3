package io.evpair.adapters.easee;

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
 * An Easee account through the Easee Cloud API: linking and discovery ({@code /api/chargers}); its chargers are
 * {@link EaseeCharger}s. Easee documents only a password login for its API; evpair links through an OAuth2
 * authorization server at {@code auth-base-url} instead and never sees a password (see docs/vendors.md).
 */
public final class EaseeCloud extends OAuthCloud {
    public static final Vendor VENDOR = new Vendor("EASEE");

    public EaseeCloud(CloudHttp http, CloudAccess access, Clock clock) {
        super(VENDOR, http, "/oauth/authorize", "/oauth/token", clock, List.of(new EaseeCharger(http, access, clock)));
    }

    @Override
    public URI authorizationUri(AuthorizationRequest request) {
        return oauth.authorizationUri(request, "openid offline_access", Map.of("ui_locales", request.language()));
    }

    @Override
    public List<DiscoveredDevice> discover(String accessToken, Set<DeviceType> kinds) {
        List<DiscoveredDevice> found = new ArrayList<>();
        for (JsonNode charger : require(http.get(api("/api/chargers"), accessToken))) {
            String id = charger.path("id").asString("");
            if (id.isBlank()) {
                continue;
            }
            found.add(new DiscoveredDevice.Charger(id, new ChargerInformation("Easee", model(charger.path("productCode").asInt(-1)),
                    null, id), null));
        }
        return found;
    }

    /** Easee's productCode: 1 Easee Home, 2 Easee Charge; others unnamed. */
    private static String model(int productCode) {
        return switch (productCode) {
            case 1 -> "Easee Home";
            case 2 -> "Easee Charge";
            default -> null;
        };
    }
}
