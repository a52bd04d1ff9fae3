package io.evpair.adapters.easee;

import io.evpair.adapters.cloud.Answers;
import io.evpair.adapters.cloud.CloudHttp;
import io.evpair.adapters.cloud.OAuthCloud;
import io.evpair.engine.adapters.CommandResult;
import io.evpair.engine.adapters.DeviceAddress;
import io.evpair.engine.devices.ChargerInformation;
import io.evpair.engine.devices.CommandCapabilities;
import io.evpair.engine.devices.DeviceType;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.vendors.DiscoveredDevice;
import io.evpair.engine.vendors.PollOutcome;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Easee chargers through the Easee Cloud API ({@code /api/chargers}, {@code /state}, {@code /commands},
 * {@code /settings}). Easee documents only a password login for its API; evpair links through an OAuth2
 * authorization server at {@code auth-base-url} instead and never sees a password (see docs/vendors.md).
 */
public final class EaseeCloud extends OAuthCloud {
    public static final String VENDOR = "EASEE";
    static final CommandCapabilities CHARGER = new CommandCapabilities(true, true, false, true);

    public EaseeCloud(CloudHttp http, Clock clock) {
        super(VENDOR, Set.of(DeviceType.CHARGER), http, "/oauth/authorize", "/oauth/token", clock);
    }

    @Override
    public URI authorizationUri(AuthorizationRequest request) {
        return oauth.authorizationUri(request, "openid offline_access", Map.of("ui_locales", request.language()));
    }

    @Override
    public List<DiscoveredDevice> discover(String accessToken, Set<DeviceType> kinds) {
        CloudHttp.Answer answer = http.get(api("/api/chargers"), accessToken);
        if (!answer.ok()) {
            throw new IllegalStateException("Easee answered " + answer.summary());
        }
        List<DiscoveredDevice> found = new ArrayList<>();
        for (JsonNode charger : answer.body()) {
            String id = charger.path("id").asString("");
            if (id.isBlank()) {
                continue;
            }
            found.add(new DiscoveredDevice.Charger(id, new ChargerInformation("Easee", model(charger.path("productCode").asInt(-1)),
                    null, id), CHARGER, null));
        }
        return found;
    }

    @Override
    public PollOutcome poll(String accessToken, DeviceAddress device) {
        CloudHttp.Answer answer = http.get(api("/api/chargers/" + device.vendorDeviceId() + "/state"), accessToken);
        if (!answer.ok()) {
            return Answers.pollFailure(answer);
        }
        JsonNode state = answer.body();
        if (state.has("isOnline") && !state.get("isOnline").asBoolean()) {
            return new PollOutcome.Failed("the Easee cloud has lost the charger (isOnline false)"); // backs off
        }
        Instant now = clock.instant();
        int mode = state.path("chargerOpMode").asInt(-1);
        Boolean plugged = switch (mode) {
            case 1 -> false;
            case 2, 3, 4, 6, 7 -> true;
            default -> null; // 0 offline, 5 error, 8 deauthenticating: not known
        };
        Boolean charging = plugged == null ? null : mode == 3;
        return new PollOutcome.Reported(List.of(new Observation(device.deviceId(), DeviceType.CHARGER, now, now, plugged,
                charging, number(state.path("totalPower")), null, null, number(state.path("lifetimeEnergy")))));
    }

    /** resume_charging: starts a car that waits for us (chargerOpMode 2 or 6). */
    @Override
    public CommandResult startCharging(String accessToken, DeviceAddress device) {
        return command(accessToken, device, "/commands/resume_charging", "");
    }

    @Override
    public CommandResult stopCharging(String accessToken, DeviceAddress device) {
        return command(accessToken, device, "/commands/pause_charging", "");
    }

    @Override
    public CommandResult setMaxCurrent(String accessToken, DeviceAddress device, double amperes) {
        return command(accessToken, device, "/settings", "{\"dynamicChargerCurrent\":" + amperes + "}");
    }

    private CommandResult command(String accessToken, DeviceAddress device, String path, String json) {
        CloudHttp.Answer answer = http.postJson(api("/api/chargers/" + device.vendorDeviceId() + path), accessToken, json);
        return Answers.command(answer, true, "Easee charger " + device.deviceId());
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
