package io.evpair.adapters.ocpp;

import io.evpair.engine.adapters.ChargingSwitch;
import io.evpair.engine.adapters.CommandResult;
import io.evpair.engine.adapters.CurrentLimiter;
import io.evpair.engine.adapters.DeviceAddress;
import io.evpair.engine.adapters.PowerLimiter;
import io.evpair.engine.devices.DeviceType;
import io.evpair.engine.devices.Vendors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.node.ObjectNode;

/**
 * Commands to OCPP 1.6J charge points over their live connection: RemoteStart/RemoteStopTransaction and
 * SetChargingProfile. A charge point that is not connected is Unreachable; one that does not answer in time
 * gave NoResponse; Accepted means the charge point took the command, not that charging changed (that shows
 * in its StatusNotifications).
 */
public final class OcppChargingCommands implements ChargingSwitch, CurrentLimiter, PowerLimiter {
    /** Fixed ids, so each new limit replaces the previous one instead of stacking up (OCPP 1.6 §3.13.2). */
    static final int MAX_CURRENT_PROFILE_ID = 1;
    static final int CHARGE_RATE_PROFILE_ID = 2;
    private static final int REMOTE_START_CONNECTOR = 1;

    private final ChargePointSessions sessions;
    private final OcppSettings settings;
    private final Clock clock;

    public OcppChargingCommands(ChargePointSessions sessions, OcppSettings settings, Clock clock) {
        this.sessions = sessions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String vendor() {
        return Vendors.OCPP;
    }

    @Override
    public CommandResult startCharging(DeviceAddress device) {
        ObjectNode payload = OcppFrames.object();
        payload.put("connectorId", REMOTE_START_CONNECTOR);
        payload.put("idTag", settings.remoteStartIdTag());
        return send(device, "RemoteStartTransaction", connection -> Optional.of(payload));
    }

    @Override
    public CommandResult stopCharging(DeviceAddress device) {
        return send(device, "RemoteStopTransaction", connection -> connection.activeTransaction().map(id -> {
            ObjectNode payload = OcppFrames.object();
            payload.put("transactionId", id);
            return payload;
        }));
    }

    /** A ChargePointMaxProfile in amperes per phase: the most the whole charge point may draw. */
    @Override
    public CommandResult setMaxCurrent(DeviceAddress device, double amperes) {
        return send(device, "SetChargingProfile", connection ->
                Optional.of(chargingProfile(MAX_CURRENT_PROFILE_ID, "ChargePointMaxProfile", "A", amperes)));
    }

    /** A TxDefaultProfile in watts: the power of running and future transactions without a profile of their own. */
    @Override
    public CommandResult setChargeRateLimit(DeviceAddress device, double kilowatts) {
        return send(device, "SetChargingProfile", connection ->
                Optional.of(chargingProfile(CHARGE_RATE_PROFILE_ID, "TxDefaultProfile", "W", kilowatts * 1000)));
    }

    private ObjectNode chargingProfile(int profileId, String purpose, String unit, double limit) {
        ObjectNode payload = OcppFrames.object();
        payload.put("connectorId", 0);
        ObjectNode profile = payload.putObject("csChargingProfiles");
        profile.put("chargingProfileId", profileId);
        profile.put("stackLevel", 0);
        profile.put("chargingProfilePurpose", purpose);
        profile.put("chargingProfileKind", "Absolute");
        ObjectNode schedule = profile.putObject("chargingSchedule");
        // In the past, so that a charge point whose clock runs behind ours applies it at once; without a
        // duration the schedule lasts until it is replaced.
        Instant start = clock.instant().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        schedule.put("startSchedule", start.toString());
        schedule.put("chargingRateUnit", unit);
        ObjectNode period = schedule.putArray("chargingSchedulePeriod").addObject();
        period.put("startPeriod", 0);
        // OCPP allows one decimal for the limit.
        period.put("limit", Math.round(limit * 10) / 10.0);
        return payload;
    }

    private CommandResult send(DeviceAddress device, String action, PayloadFor payloadFor) {
        if (!device.vendor().equals(Vendors.OCPP) || device.type() != DeviceType.CHARGER) {
            return new CommandResult.Rejected("not an OCPP charger: " + device.vendor() + " " + device.type());
        }
        Optional<ChargePointConnection> found = sessions.find(device.vendorDeviceId())
                .filter(c -> c.chargerId().equals(device.deviceId()));
        if (found.isEmpty()) {
            return new CommandResult.Unreachable("charge point " + device.vendorDeviceId() + " is not connected");
        }
        ChargePointConnection connection = found.get();
        Optional<ObjectNode> payload = payloadFor.payload(connection);
        if (payload.isEmpty()) {
            return new CommandResult.Rejected("no transaction is running on charge point " + device.vendorDeviceId());
        }
        try {
            CallOutcome outcome = connection.call(action, payload.get(), settings.callTimeout()).get();
            return result(action, outcome);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ChargePointGoneException gone && !gone.sent()) {
                return new CommandResult.Unreachable(gone.getMessage());
            }
            if (e.getCause() instanceof TimeoutException) {
                return new CommandResult.NoResponse(action + " got no answer within " + settings.callTimeout());
            }
            return new CommandResult.NoResponse(action + ": " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CommandResult.NoResponse(action + " was interrupted while waiting for the answer");
        }
    }

    private static CommandResult result(String action, CallOutcome outcome) {
        if (outcome instanceof CallOutcome.Failed failed) {
            return new CommandResult.Rejected(action + " failed: " + failed.errorCode() + " " + failed.description());
        }
        var status = ((CallOutcome.Answered) outcome).payload().get("status");
        if (status != null && status.isString() && status.stringValue().equals("Accepted")) {
            return new CommandResult.Accepted();
        }
        return new CommandResult.Rejected(action + " answered " + (status == null ? "without a status" : status));
    }

    @FunctionalInterface
    private interface PayloadFor {
        Optional<ObjectNode> payload(ChargePointConnection connection);
    }
}
