package io.evpair.adapters.easee;

import io.evpair.adapters.cloud.Answers;
import io.evpair.adapters.cloud.CloudHttp;
import io.evpair.adapters.cloud.VendorDeviceAdapter;
import io.evpair.engine.control.ChargingSwitch;
import io.evpair.engine.control.CommandResult;
import io.evpair.engine.control.CurrentLimiter;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.vendors.CloudAccess;
import io.evpair.engine.vendors.PollOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * An Easee charger: {@code /state} polls, resume and pause, and a current limit ({@code dynamicChargerCurrent}).
 * Not a {@code PowerLimiter}: Easee limits current, not power.
 */
public final class EaseeCharger extends VendorDeviceAdapter implements ChargingSwitch, CurrentLimiter {
    public EaseeCharger(CloudHttp http, CloudAccess access, Clock clock) {
        super(EaseeCloud.VENDOR, "Easee", DeviceType.CHARGER, http, access, clock);
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
    public CommandResult startCharging(DeviceAddress device) {
        return post(device, "/commands/resume_charging", "");
    }

    @Override
    public CommandResult stopCharging(DeviceAddress device) {
        return post(device, "/commands/pause_charging", "");
    }

    @Override
    public CommandResult setMaxCurrent(DeviceAddress device, double amperes) {
        return post(device, "/settings", "{\"dynamicChargerCurrent\":" + amperes + "}");
    }

    /** 2xx is Accepted: Easee runs commands asynchronously, and the state confirms them. */
    private CommandResult post(DeviceAddress device, String path, String json) {
        return command(device, token -> http.postJson(api("/api/chargers/" + device.vendorDeviceId() + path), token, json),
                answer -> true);
    }
}
