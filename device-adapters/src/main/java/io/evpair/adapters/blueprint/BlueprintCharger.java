package io.evpair.adapters.blueprint;

import io.evpair.adapters.cloud.Answers;
import io.evpair.adapters.cloud.CloudHttp;
import io.evpair.adapters.cloud.VendorDeviceAdapter;
import io.evpair.engine.control.ChargingSwitch;
import io.evpair.engine.control.CommandResult;
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
 * A blueprint charger. It implements {@link ChargingSwitch} and nothing else, so it can start and stop and no more:
 * add {@code CurrentLimiter} or {@code PowerLimiter} only for commands the vendor documents.
 */
public final class BlueprintCharger extends VendorDeviceAdapter implements ChargingSwitch {
    public BlueprintCharger(CloudHttp http, CloudAccess access, Clock clock) {
        super(BlueprintCloud.VENDOR, "Blueprint", DeviceType.CHARGER, http, access, clock);
    }

    /** Readings the vendor does not give stay null: null means "not reported", never false or zero. */
    @Override
    public PollOutcome poll(String accessToken, DeviceAddress device) {
        CloudHttp.Answer answer = http.get(api("/v1/chargers/" + device.vendorDeviceId()), accessToken);
        if (!answer.ok()) {
            return Answers.pollFailure(answer);
        }
        JsonNode state = answer.body();
        Instant now = clock.instant();
        Double watts = number(state.path("powerW"));
        Double meterWh = number(state.path("meterWh"));
        return new PollOutcome.Reported(List.of(new Observation(device.deviceId(), DeviceType.CHARGER, now, now,
                state.path("plugged").isBoolean() ? state.path("plugged").asBoolean() : null,
                state.path("charging").isBoolean() ? state.path("charging").asBoolean() : null,
                watts == null ? null : watts / 1000, null, null, meterWh == null ? null : meterWh / 1000)));
    }

    @Override
    public CommandResult startCharging(DeviceAddress device) {
        return post(device, "start");
    }

    @Override
    public CommandResult stopCharging(DeviceAddress device) {
        return post(device, "stop");
    }

    private CommandResult post(DeviceAddress device, String command) {
        return command(device, token -> http.postJson(api("/v1/chargers/" + device.vendorDeviceId() + "/" + command),
                token, "{}"), answer -> true);
    }
}
