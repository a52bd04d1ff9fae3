package io.evpair.adapters.ocpp;

import io.evpair.engine.chargepoints.ChargePointCommand;
import io.evpair.engine.control.ChargerMaintenance;
import io.evpair.engine.control.ResetKind;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.control.AnswersLater;
import io.evpair.engine.control.ChargingSwitch;
import io.evpair.engine.control.CommandResult;
import io.evpair.engine.control.CurrentLimiter;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.control.PowerLimiter;
import io.evpair.engine.chargepoints.RelayedCommands;
import io.evpair.engine.chargepoints.RelayedCommands.RelayedCommand;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.Vendor;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OCPP commands in a cluster: sent directly when this instance holds the charge point's WebSocket, otherwise
 * relayed ({@link RelayedCommands}) to the instance that does, which sends it and writes back the
 * charge point's answer. The caller waits for that answer as it would for a local one. Each instance also
 * works off the commands relayed to it.
 */
public final class OcppCommandRelay implements ChargingSwitch, CurrentLimiter, PowerLimiter, ChargerMaintenance, AnswersLater,
        AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OcppCommandRelay.class);
    private static final long POLL_MILLIS = 20;

    private final RelayedCommands relayed;
    private final UUID instance;
    private final RelayedChargePointSessions sessions;
    private final OcppChargingCommands local;
    private final Duration answerWithin;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "ocpp-relay"));
    private final ExecutorService senders = Executors.newCachedThreadPool(r -> daemon(r, "ocpp-relay-send"));

    public OcppCommandRelay(RelayedCommands relayed, RelayedChargePointSessions sessions, OcppChargingCommands local,
                            Duration callTimeout) {
        this.relayed = relayed;
        this.instance = sessions.instance();
        this.sessions = sessions;
        this.local = local;
        this.answerWithin = callTimeout.plusSeconds(5);
        poller.scheduleWithFixedDelay(this::workOffRelayed, 100, 50, TimeUnit.MILLISECONDS);
    }

    @Override
    public Vendor vendor() {
        return Vendor.OCPP;
    }

    @Override
    public CommandResult startCharging(DeviceAddress device) {
        return command(device, ChargePointCommand.START, null);
    }

    @Override
    public CommandResult stopCharging(DeviceAddress device) {
        return command(device, ChargePointCommand.STOP, null);
    }

    @Override
    public CommandResult setMaxCurrent(DeviceAddress device, double amperes) {
        return command(device, ChargePointCommand.SET_MAX_CURRENT, amperes);
    }

    @Override
    public CommandResult setChargeRateLimit(DeviceAddress device, double kilowatts) {
        return command(device, ChargePointCommand.SET_CHARGE_RATE_LIMIT, kilowatts);
    }

    @Override
    public CommandResult clearChargeRateLimit(DeviceAddress device) {
        return command(device, ChargePointCommand.SET_CHARGE_RATE_LIMIT, null);
    }

    @Override
    public CommandResult reset(DeviceAddress charger, ResetKind kind) {
        return command(charger, ChargePointCommand.of(kind), null);
    }

    @Override
    public CommandResult unlockConnector(DeviceAddress charger, int connectorId) {
        return command(charger, ChargePointCommand.UNLOCK_CONNECTOR, (double) connectorId);
    }

    private CommandResult command(DeviceAddress device, ChargePointCommand command, Double value) {
        if (sessions.find(device.vendorDeviceId()).isPresent()) {
            return sendHere(device, command, value);
        }
        UUID holder = sessions.holder(device.vendorDeviceId()).filter(h -> !h.equals(instance)).orElse(null);
        if (holder == null) {
            return new CommandResult.Unreachable("charge point " + device.vendorDeviceId() + " is not connected");
        }
        UUID id = UUID.randomUUID();
        relayed.relay(new RelayedCommand(id, new ChargerId(device.deviceId()), device.vendorDeviceId(), command, value),
                holder);
        long deadline = System.nanoTime() + answerWithin.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                var answer = relayed.answer(id);
                if (answer.isPresent()) {
                    return answer.get();
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            relayed.forgetAnswered(id);
        }
        return new CommandResult.NoResponse("relayed to the instance holding charge point " + device.vendorDeviceId()
                + ", no answer within " + answerWithin);
    }

    private CommandResult sendHere(DeviceAddress device, ChargePointCommand command, Double value) {
        return switch (command) {
            case START -> local.startCharging(device);
            case STOP -> local.stopCharging(device);
            case SET_MAX_CURRENT -> local.setMaxCurrent(device, value);
            // no value: lift the limit
            case SET_CHARGE_RATE_LIMIT -> value == null ? local.clearChargeRateLimit(device)
                    : local.setChargeRateLimit(device, value);
            case RESET_SOFT -> local.reset(device, ResetKind.SOFT);
            case RESET_HARD -> local.reset(device, ResetKind.HARD);
            case UNLOCK_CONNECTOR -> local.unlockConnector(device, value.intValue());
        };
    }

    /** Claims the commands relayed to this instance and sends each on its own thread (a call may take 30 s). */
    private void workOffRelayed() {
        try {
            for (RelayedCommand r : relayed.claim(instance)) {
                senders.execute(() -> relayed.answered(r.id(), sendHere(new DeviceAddress(r.chargerId().value(),
                        DeviceType.CHARGER, Vendor.OCPP, r.chargePointId()), r.command(), r.value())));
            }
        } catch (RuntimeException e) {
            log.warn("Relayed OCPP commands could not be read: {}", e.getMessage());
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() {
        poller.shutdownNow();
        senders.shutdownNow();
    }
}
