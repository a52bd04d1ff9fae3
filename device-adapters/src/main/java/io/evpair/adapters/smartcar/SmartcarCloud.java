package io.evpair.adapters.smartcar;

import io.evpair.adapters.cloud.CloudHttp;
import io.evpair.adapters.cloud.OAuth2Client;
import io.evpair.adapters.cloud.OAuthCloud;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.devices.VehicleInformation;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.vendors.CloudAccess;
import io.evpair.engine.vendors.DiscoveredDevice;
import io.evpair.engine.vendors.PushReceiver;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A Smartcar user's vehicles, of whichever of Smartcar's brands: Connect (OAuth2 authorization code; the client
 * authenticates with HTTP Basic at {@code auth.smartcar.com}), discovery ({@code GET /vehicles}, then each vehicle's
 * make, model and year). Each vehicle is a {@link SmartcarVehicle}; every call to a vehicle draws on its request
 * budget. Field use: docs/vendors.md.
 */
public final class SmartcarCloud extends OAuthCloud {
    public static final Vendor VENDOR = new Vendor("SMARTCAR");
    private static final int PAGE = 50;

    private final SmartcarProperties properties;
    private final VehicleRequestBudget budget;
    private final SmartcarWebhooks webhooks;

    public SmartcarCloud(CloudHttp http, CloudAccess access, Clock clock, SmartcarProperties properties) {
        this(http, access, clock, properties,
                new VehicleRequestBudget(properties.vehicleRequests(), properties.vehicleRefillPerMinute(), clock));
    }

    private SmartcarCloud(CloudHttp http, CloudAccess access, Clock clock, SmartcarProperties properties,
                          VehicleRequestBudget budget) {
        super(VENDOR, http, new OAuth2Client(http, "/oauth/authorize", properties.tokenUrl(), clock, true), clock,
                List.of(new SmartcarVehicle(http, access, clock, budget)));
        this.properties = properties;
        this.budget = budget;
        this.webhooks = new SmartcarWebhooks(properties.applicationManagementToken(), clock);
    }

    @Override
    public Optional<PushReceiver> pushes() {
        return Optional.of(webhooks);
    }

    @Override
    public Duration minimumPollInterval() {
        return properties.pollInterval();
    }

    @Override
    public URI authorizationUri(AuthorizationRequest request) {
        return oauth.authorizationUri(request, String.join(" ", scopes(request.scopes())), Map.of("mode", properties.mode()));
    }

    /** evpair's scopes as Smartcar's permissions; make, model and year are always read. */
    static Set<String> scopes(List<String> evpairScopes) {
        Set<String> scopes = new LinkedHashSet<>(List.of("read_vehicle_info"));
        for (String scope : evpairScopes) {
            switch (scope) {
                case "vehicle:read:data" -> { scopes.add("read_battery"); scopes.add("read_charge"); }
                case "vehicle:read:location" -> scopes.add("read_location");
                case "vehicle:control:charging" -> scopes.add("control_charge");
                default -> {
                    // charger scopes: Smartcar has no chargers
                }
            }
        }
        return scopes;
    }

    @Override
    public List<DiscoveredDevice> discover(String accessToken, Set<DeviceType> kinds) {
        List<String> ids = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            JsonNode page = require(http.get(api("/vehicles?limit=" + PAGE + "&offset=" + offset), accessToken));
            page.path("vehicles").forEach(id -> ids.add(id.asString()));
            if (page.path("vehicles").size() < PAGE || offset + PAGE >= page.path("paging").path("count").asInt(0)) {
                break;
            }
        }
        List<DiscoveredDevice> found = new ArrayList<>();
        for (String id : ids) {
            budget.take(id, 1); // counted, never refused: linking happens once
            JsonNode info = require(http.get(api("/vehicles/" + id), accessToken));
            Integer year = info.path("year").isNumber() ? info.path("year").asInt() : null;
            found.add(new DiscoveredDevice.Vehicle(id, new VehicleInformation(null, info.path("make").asString(null),
                    info.path("model").asString(null), year, null, null)));
        }
        return found;
    }
}
