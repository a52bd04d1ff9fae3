package io.evpair.adapters.ocpp;

import io.evpair.engine.control.AnswersLater;
import io.evpair.engine.control.ChargerMaintenance;
import io.evpair.engine.control.ChargingSwitch;
import io.evpair.engine.control.CommandResult;
import io.evpair.engine.control.CurrentLimiter;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.control.PowerLimiter;
import io.evpair.engine.chargepoints.ChargePointTransactions;
import io.evpair.engine.control.ResetKind;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.Vendor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.node.ObjectNode;

/**
 * Commands to OCPP charge points over their live connection, in the version it speaks: (Remote|Request)Start/Stop,
 * SetChargingProfile and ClearChargingProfile; Reset and UnlockConnector for support. A charge point that is not
 * connected is Unreachable; one that does not answer in time gave NoResponse; Accepted means the charge point took
 * the command, not that charging changed (that shows in its StatusNotifications and MeterValues).
 *
 * <p>Limits never touch the ChargePointMaxProfile: that is the installer's (the grid connection's fuse), and
 * the charge point applies the lower of it and ours. Ours are Tx profiles with ids of our own, so each new
 * limit replaces our last one and nobody else's (OCPP 1.6 §3.13.2: same id, or same purpose and stack level).
 */
public final class OcppChargingCommands implements ChargingSwitch, CurrentLimiter, PowerLimiter, ChargerMaintenance,
        AnswersLater {
    /** Ids unlikely to be an installer's, documented in docs/ocpp.md. */
    static final int MAX_CURRENT_PROFILE_ID = 1701;
    static final int CHARGE_RATE_PROFILE_ID = 1702;
    /** Above an installer's TxDefaultProfile at 0; the charge rate limit above our max current. */
    static final int MAX_CURRENT_STACK_LEVEL = 1;
    static final int CHARGE_RATE_STACK_LEVEL = 2;
    /** What a limit in amperes is worth in watts, and back: 230 V per phase, three phases unless told. */
    static final double VOLTS = 230;
    static final int PHASES = 3;

    private final ChargePointSessions sessions;
    private final OcppSettings settings;
    private final Clock clock;
    private final AtomicInteger remoteStartIds;

    public OcppChargingCommands(ChargePointSessions sessions, OcppSettings settings, Clock clock) {
        this.sessions = sessions;
        this.settings = settings;
        this.clock = clock;
        this.remoteStartIds = new AtomicInteger((int) (clock.instant().getEpochSecond() % 1_000_000_000));
    }

    @Override
    public Vendor vendor() {
        return Vendor.OCPP;
    }

    /** On the connector (2.0.1: EVSE) a vehicle is plugged into but not charging, else 1. */
    @Override
    public CommandResult startCharging(DeviceAddress device) {
        return send(device, connection -> {
            ObjectNode payload = OcppFrames.object();
            if (connection.version() == OcppVersion.V201) {
                payload.put("evseId", connection.connectorToStart());
                payload.put("remoteStartId", remoteStartIds.incrementAndGet());
                ObjectNode idToken = payload.putObject("idToken");
                idToken.put("idToken", settings.remoteStartIdTag());
                idToken.put("type", "Central");
                return Optional.of(new Call("RequestStartTransaction", payload));
            }
            payload.put("connectorId", connection.connectorToStart());
            payload.put("idTag", settings.remoteStartIdTag());
            return Optional.of(new Call("RemoteStartTransaction", payload));
        });
    }

    @Override
    public CommandResult stopCharging(DeviceAddress device) {
        return send(device, connection -> connection.activeTransaction().map(t -> {
            ObjectNode payload = OcppFrames.object();
            if (connection.version() == OcppVersion.V201) {
                payload.put("transactionId", t.transactionId());
                return new Call("RequestStopTransaction", payload);
            }
            payload.put("transactionId", Integer.parseInt(t.transactionId()));
            return new Call("RemoteStopTransaction", payload);
        }));
    }

    /** A TxDefaultProfile for every connector: the current per phase any transaction may draw. */
    @Override
    public CommandResult setMaxCurrent(DeviceAddress device, double amperes) {
        return send(device, connection -> limit(connection, MAX_CURRENT_PROFILE_ID,
                MAX_CURRENT_STACK_LEVEL, amperes, amperes * VOLTS * PHASES));
    }

    /**
     * The running transaction's TxProfile, or a TxDefaultProfile when none runs: in W where the charge point
     * allows it (ChargingScheduleAllowedChargingRateUnit), else in A.
     */
    @Override
    public CommandResult setChargeRateLimit(DeviceAddress device, double kilowatts) {
        return send(device, connection -> limit(connection, CHARGE_RATE_PROFILE_ID,
                CHARGE_RATE_STACK_LEVEL, kilowatts * 1000 / (VOLTS * PHASES), kilowatts * 1000));
    }

    /** Lifts our charge rate limit: ClearChargingProfile of our profile id; an installer's profiles stay. */
    @Override
    public CommandResult clearChargeRateLimit(DeviceAddress device) {
        return send(device, connection -> {
            ObjectNode payload = OcppFrames.object();
            payload.put(connection.version() == OcppVersion.V201 ? "chargingProfileId" : "id", CHARGE_RATE_PROFILE_ID);
            return Optional.of(new Call("ClearChargingProfile", payload));
        });
    }

    /** Restarts the charge point: SOFT lets a running transaction end first where the version allows (2.0.1 OnIdle). */
    @Override
    public CommandResult reset(DeviceAddress device, ResetKind kind) {
        boolean hard = kind == ResetKind.HARD;
        return send(device, connection -> {
            ObjectNode payload = OcppFrames.object();
            if (connection.version() == OcppVersion.V201) {
                payload.put("type", hard ? "Immediate" : "OnIdle");
            } else {
                payload.put("type", hard ? "Hard" : "Soft");
            }
            return Optional.of(new Call("Reset", payload));
        });
    }

    /** Releases the cable of a connector (2.0.1: connector 1 of that EVSE). */
    @Override
    public CommandResult unlockConnector(DeviceAddress device, int connectorId) {
        return send(device, connection -> {
            ObjectNode payload = OcppFrames.object();
            if (connection.version() == OcppVersion.V201) {
                payload.put("evseId", connectorId);
                payload.put("connectorId", 1);
            } else {
                payload.put("connectorId", connectorId);
            }
            return Optional.of(new Call("UnlockConnector", payload));
        });
    }

    private Optional<Call> limit(ChargePointConnection connection, int profileId, int stackLevel,
                                       double amperes, double watts) {
        RateUnits units = connection.rateUnits();
        boolean inWatts = profileId == CHARGE_RATE_PROFILE_ID ? units.watts() : !units.amperes();
        // OCPP allows one decimal. A positive limit that would round to 0 is not sent: 0 means "stop".
        double limit = Math.round((inWatts ? watts : amperes) * 10) / 10.0;
        if (limit <= 0) {
            return Optional.empty();
        }
        Optional<ChargePointTransactions.RunningTransaction> running = profileId == CHARGE_RATE_PROFILE_ID
                ? connection.activeTransaction() : Optional.empty();
        boolean v201 = connection.version() == OcppVersion.V201;
        ObjectNode payload = OcppFrames.object();
        payload.put(v201 ? "evseId" : "connectorId",
                running.map(ChargePointTransactions.RunningTransaction::connectorId).orElse(0));
        ObjectNode profile = payload.putObject(v201 ? "chargingProfile" : "csChargingProfiles");
        profile.put(v201 ? "id" : "chargingProfileId", profileId);
        running.ifPresent(t -> {
            if (v201) {
                profile.put("transactionId", t.transactionId());
            } else {
                profile.put("transactionId", Integer.parseInt(t.transactionId()));
            }
        });
        profile.put("stackLevel", stackLevel);
        profile.put("chargingProfilePurpose", running.isPresent() ? "TxProfile" : "TxDefaultProfile");
        profile.put("chargingProfileKind", "Absolute");
        // 2.0.1 takes up to three schedules, each with an id of its own
        ObjectNode schedule = v201 ? profile.putArray("chargingSchedule").addObject().put("id", profileId)
                : profile.putObject("chargingSchedule");
        // In the past, so that a charge point whose clock runs behind ours applies it at once; without a
        // duration the schedule lasts until it is replaced.
        Instant start = clock.instant().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        schedule.put("startSchedule", start.toString());
        schedule.put("chargingRateUnit", inWatts ? "W" : "A");
        ObjectNode period = schedule.putArray("chargingSchedulePeriod").addObject();
        period.put("startPeriod", 0);
        period.put("limit", limit);
        if (!inWatts) {
            period.put("numberPhases", PHASES);
        }
        return Optional.of(new Call("SetChargingProfile", payload));
    }

    private CommandResult send(DeviceAddress device, CallFor callFor) {
        if (!device.vendor().equals(Vendor.OCPP) || device.type() != DeviceType.CHARGER) {
            return new CommandResult.Rejected("not an OCPP charger: " + device.vendor() + " " + device.type());
        }
        Optional<ChargePointConnection> found = sessions.find(device.vendorDeviceId())
                .filter(c -> c.chargerId().equals(device.deviceId()));
        if (found.isEmpty()) {
            return new CommandResult.Unreachable("charge point " + device.vendorDeviceId() + " is not connected");
        }
        ChargePointConnection connection = found.get();
        Optional<Call> call = callFor.call(connection);
        if (call.isEmpty()) {
            return new CommandResult.Rejected("nothing to send to charge point " + device.vendorDeviceId()
                    + ": no transaction runs (stop), or the limit would round to 0 in its unit");
        }
        String action = call.get().action();
        try {
            CallOutcome outcome = connection.call(action, call.get().payload(), settings.callTimeout()).get();
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
        // UnlockConnector answers Unlocked; everything else Accepted
        if (status != null && status.isString() && Set.of("Accepted", "Unlocked").contains(status.stringValue())) {
            return new CommandResult.Accepted();
        }
        return new CommandResult.Rejected(action + " answered " + (status == null ? "without a status" : status));
    }

    private record Call(String action, ObjectNode payload) {
    }

    @FunctionalInterface
    private interface CallFor {
        Optional<Call> call(ChargePointConnection connection);
    }
}
