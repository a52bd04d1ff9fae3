package io.evpair.adapters.wallbox;

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

/**
 * A Wallbox charger: {@code GET /chargers/status/{id}}, resume and pause as remote actions 1 and 2, and its
 * current limit ({@code maxChargingCurrent}).
 */
public final class WallboxCharger extends VendorDeviceAdapter implements ChargingSwitch, CurrentLimiter {
    static final int RESUME = 1;
    static final int PAUSE = 2;

    public WallboxCharger(CloudHttp http, CloudAccess access, Clock clock) {
        super(WallboxCloud.VENDOR, "Wallbox", DeviceType.CHARGER, http, access, clock);
    }

    @Override
    public PollOutcome poll(String accessToken, DeviceAddress device) {
        CloudHttp.Answer answer = http.get(api("/chargers/status/" + device.vendorDeviceId()), accessToken);
        if (!answer.ok()) {
            return Answers.pollFailure(answer);
        }
        int status = answer.body().path("status_id").asInt(-1);
        Boolean plugged = pluggedIn(status);
        Instant now = clock.instant();
        return new PollOutcome.Reported(List.of(new Observation(device.deviceId(), DeviceType.CHARGER, now, now, plugged,
                plugged == null ? null : charging(status), number(answer.body().path("charging_power")), null, null, null)));
    }

    /**
     * Wallbox's {@code status_id} as community integrations read it (Wallbox does not publish the codes): 193–195
     * charging; 177–189 and 210 a car connected and waiting, paused or scheduled; 161–163 and 209 no car; others
     * (0, 14–15 error, 164–166, 196) not known.
     */
    static Boolean pluggedIn(int status) {
        if ((status >= 177 && status <= 189) || status == 210 || charging(status)) {
            return true;
        }
        return status >= 161 && status <= 163 || status == 209 ? false : null;
    }

    static boolean charging(int status) {
        return status >= 193 && status <= 195;
    }

    @Override
    public CommandResult startCharging(DeviceAddress device) {
        return remoteAction(device, RESUME);
    }

    @Override
    public CommandResult stopCharging(DeviceAddress device) {
        return remoteAction(device, PAUSE);
    }

    @Override
    public CommandResult setMaxCurrent(DeviceAddress device, double amperes) {
        return command(device, token -> http.putJson(api("/v2/charger/" + device.vendorDeviceId()), token,
                "{\"maxChargingCurrent\":" + (long) Math.floor(amperes) + "}"), answer -> true);
    }

    private CommandResult remoteAction(DeviceAddress device, int action) {
        return command(device, token -> http.postJson(api("/v3/chargers/" + device.vendorDeviceId() + "/remote-action"),
                token, "{\"action\":" + action + "}"), answer -> true);
    }
}
