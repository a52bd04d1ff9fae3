package io.evpair.adapters.zaptec;

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
 * A Zaptec account through the Zaptec cloud API ({@code api.zaptec.com}): linking and discovery of its chargers
 * ({@code GET /api/chargers}, paged as {@code {Pages, Data}}); each is a {@link ZaptecCharger}. Zaptec's token
 * endpoint documents the password grant; evpair links with the authorization-code flow against
 * {@code auth-base-url} instead and never holds a password (docs/vendors.md).
 */
public final class ZaptecCloud extends OAuthCloud {
    public static final Vendor VENDOR = new Vendor("ZAPTEC");

    public ZaptecCloud(CloudHttp http, CloudAccess access, Clock clock) {
        super(VENDOR, http, "/oauth/authorize", "/oauth/token", clock, List.of(new ZaptecCharger(http, access, clock)));
    }

    @Override
    public URI authorizationUri(AuthorizationRequest request) {
        return oauth.authorizationUri(request, "openid offline_access", Map.of("ui_locales", request.language()));
    }

    @Override
    public List<DiscoveredDevice> discover(String accessToken, Set<DeviceType> kinds) {
        List<DiscoveredDevice> found = new ArrayList<>();
        int pages = 1;
        for (int page = 0; page < pages; page++) {
            JsonNode answer = require(http.get(api("/api/chargers?PageIndex=" + page + "&PageSize=100"), accessToken));
            pages = Math.min(answer.path("Pages").asInt(1), 50);
            for (JsonNode charger : answer.path("Data")) {
                String id = charger.path("Id").asString("");
                if (id.isBlank()) {
                    continue;
                }
                String serial = charger.path("DeviceId").asString(charger.path("SerialNo").asString(null));
                found.add(new DiscoveredDevice.Charger(id, new ChargerInformation("Zaptec", model(serial), null, serial), null));
            }
        }
        return found;
    }

    /** Zaptec's serial numbers name the product: ZAP… Go, ZPR… Pro (as printed on the chargers; not documented). */
    private static String model(String serial) {
        if (serial == null) {
            return null;
        }
        return serial.startsWith("ZAP") ? "Zaptec Go" : serial.startsWith("ZPR") ? "Zaptec Pro" : null;
    }
}
