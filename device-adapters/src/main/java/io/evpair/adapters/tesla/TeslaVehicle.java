package io.evpair.adapters.tesla;

import io.evpair.adapters.cloud.Answers;
import io.evpair.adapters.cloud.CloudHttp;
import io.evpair.adapters.cloud.VendorDeviceAdapter;
import io.evpair.engine.control.ChargingSwitch;
import io.evpair.engine.control.CommandResult;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.control.PowerLimiter;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.observations.GeoPoint;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.vendors.CloudAccess;
import io.evpair.engine.vendors.PollOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A Tesla vehicle: {@code vehicle_data} polls (a sleeping car answers 408 and is left asleep), charge start and
 * stop, and a kW limit as {@code set_charging_amps}.
 */
public final class TeslaVehicle extends VendorDeviceAdapter implements ChargingSwitch, PowerLimiter {
    /** Tesla answers 408 for a car that sleeps. */
    private static final int ASLEEP = 408;

    public TeslaVehicle(CloudHttp http, CloudAccess access, Clock clock) {
        super(TeslaCloud.VENDOR, "Tesla", DeviceType.VEHICLE, http, access, clock);
    }

    @Override
    public PollOutcome poll(String accessToken, DeviceAddress device) {
        CloudHttp.Answer answer = http.get(api("/api/1/vehicles/" + device.vendorDeviceId()
                + "/vehicle_data?endpoints=charge_state%3Bdrive_state%3Blocation_data"), accessToken);
        if (answer.status() == ASLEEP) {
            return new PollOutcome.Asleep(); // and it stays so: polls never wake a car
        }
        if (!answer.ok()) {
            return Answers.pollFailure(answer);
        }
        Instant now = clock.instant();
        JsonNode data = answer.body().path("response");
        JsonNode charge = data.path("charge_state");
        JsonNode drive = data.path("drive_state");
        PlugState plug = PlugState.ofChargingState(charge.path("charging_state").asString(null));
        GeoPoint position = drive.hasNonNull("latitude") && drive.hasNonNull("longitude")
                ? new GeoPoint(drive.get("latitude").asDouble(), drive.get("longitude").asDouble()) : null;
        long stamp = charge.path("timestamp").asLong(0); // epoch milliseconds; absent means now
        return new PollOutcome.Reported(List.of(new Observation(device.deviceId(), DeviceType.VEHICLE,
                stamp > 0 ? Instant.ofEpochMilli(stamp) : now, now, plug.pluggedIn(), plug.charging(),
                number(charge.path("charger_power")), number(charge.path("battery_level")), position, null)));
    }

    @Override
    public CommandResult startCharging(DeviceAddress device) {
        return vehicleCommand(device, "charge_start", "{}");
    }

    @Override
    public CommandResult stopCharging(DeviceAddress device) {
        return vehicleCommand(device, "charge_stop", "{}");
    }

    /** set_charging_amps, from the vehicle's own charger voltage and phases (one read of charge_state first). */
    @Override
    public CommandResult setChargeRateLimit(DeviceAddress device, double kilowatts) {
        return access.command(device, token -> {
            CloudHttp.Answer state = http.get(api("/api/1/vehicles/" + device.vendorDeviceId()
                    + "/vehicle_data?endpoints=charge_state"), token);
            if (!state.ok()) {
                return answer(state, false, device);
            }
            JsonNode charge = state.body().path("response").path("charge_state");
            double volts = charge.path("charger_voltage").asDouble(0) > 100 ? charge.path("charger_voltage").asDouble() : 230;
            int phases = Math.max(1, charge.path("charger_phases").asInt(1));
            long amps = Math.max(0, Math.round(Math.floor(kilowatts * 1000 / (volts * phases))));
            CloudHttp.Answer answer = post(token, device, "set_charging_amps", "{\"charging_amps\":" + amps + "}");
            return answer(answer, saysOk(answer), device);
        });
    }

    private CommandResult vehicleCommand(DeviceAddress device, String command, String json) {
        return access.command(device, token -> {
            CloudHttp.Answer answer = post(token, device, command, json);
            return answer(answer, saysOk(answer), device);
        });
    }

    /** A sleeping car cannot take a command (it is not woken): Unreachable, and the action retries. */
    private CommandResult answer(CloudHttp.Answer answer, boolean ok, DeviceAddress device) {
        return answer.status() == ASLEEP ? new CommandResult.Unreachable(describe(device) + " is asleep")
                : Answers.command(answer, ok, describe(device));
    }

    private CloudHttp.Answer post(String token, DeviceAddress device, String command, String json) {
        return http.postJson(api("/api/1/vehicles/" + device.vendorDeviceId() + "/command/" + command), token, json);
    }

    private static boolean saysOk(CloudHttp.Answer answer) {
        return answer.body().path("response").path("result").asBoolean(false);
    }
}
