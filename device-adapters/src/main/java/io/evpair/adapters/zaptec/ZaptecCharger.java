package io.evpair.adapters.zaptec;

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
 * A Zaptec charger: state observations, charging switched with {@code sendCommand} and its current limited with a
 * charger update. Stop is Zaptec's final stop (506): the charger stays stopped until resumed (507) and does not
 * restart by itself as after a plain stop (502). 501 and 502 are not sent (docs/vendors.md).
 */
public final class ZaptecCharger extends VendorDeviceAdapter implements ChargingSwitch, CurrentLimiter {
    static final int STOP_CHARGING_FINAL = 506;
    static final int RESUME_CHARGING = 507;

    public ZaptecCharger(CloudHttp http, CloudAccess access, Clock clock) {
        super(ZaptecCloud.VENDOR, "Zaptec", DeviceType.CHARGER, http, access, clock);
    }

    @Override
    public PollOutcome poll(String accessToken, DeviceAddress device) {
        CloudHttp.Answer answer = http.get(api("/api/chargers/" + device.vendorDeviceId() + "/state"), accessToken);
        if (!answer.ok()) {
            return Answers.pollFailure(answer);
        }
        ZaptecState state = ZaptecState.of(answer.body());
        if (state.offline()) {
            return new PollOutcome.Failed("the Zaptec cloud has lost the charger (IsOnline 0)"); // backs off
        }
        Instant now = clock.instant();
        // The session's authorization (an RFID card or the app user) is who plugged in: pairing learns cars by it.
        String token = Boolean.TRUE.equals(state.pluggedIn()) ? state.authorizationToken() : null;
        return new PollOutcome.Reported(List.of(new Observation(device.deviceId(), DeviceType.CHARGER,
                state.observedAt(now), now, state.pluggedIn(), state.charging(), state.powerKw(), null, null, null,
                Observation.idTagIfItFits(token))));
    }

    @Override
    public CommandResult startCharging(DeviceAddress device) {
        return sendCommand(device, RESUME_CHARGING);
    }

    @Override
    public CommandResult stopCharging(DeviceAddress device) {
        return sendCommand(device, STOP_CHARGING_FINAL);
    }

    /** Zaptec takes whole amperes; a fraction is rounded down, so the limit is never exceeded. */
    @Override
    public CommandResult setMaxCurrent(DeviceAddress device, double amperes) {
        long whole = (long) Math.floor(amperes);
        return command(device, token -> http.postJson(api("/api/chargers/" + device.vendorDeviceId() + "/update"), token,
                "{\"maxChargeCurrent\":" + whole + "}"), answer -> true);
    }

    private CommandResult sendCommand(DeviceAddress device, int commandId) {
        return command(device, token -> http.postJson(api("/api/chargers/" + device.vendorDeviceId() + "/sendCommand/"
                + commandId), token, ""), answer -> true);
    }
}
