package io.evpair.app.cluster;

import io.evpair.adapters.ocpp.OcppChargingCommands;
import io.evpair.engine.actions.ActionKind;
import io.evpair.engine.control.AnswersLater;
import io.evpair.engine.control.ChargingSwitch;
import io.evpair.engine.control.CommandResult;
import io.evpair.engine.control.CurrentLimiter;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.control.PowerLimiter;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.devices.Vendors;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * OCPP commands in a cluster: sent directly when this instance holds the charge point's WebSocket, otherwise
 * relayed through {@code ocpp_relayed_command} to the instance that does, which sends it and writes back the
 * charge point's answer. The caller waits for that answer as it would for a local one. Each instance also
 * works off the commands relayed to it.
 */
final class OcppCommandRelay implements ChargingSwitch, CurrentLimiter, PowerLimiter, AnswersLater, DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(OcppCommandRelay.class);
    private static final long POLL_MILLIS = 20;

    private final JdbcClient jdbc;
    private final UUID instance;
    private final RelayedChargePointSessions sessions;
    private final OcppChargingCommands local;
    private final Duration answerWithin;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "ocpp-relay"));
    private final ExecutorService senders = Executors.newCachedThreadPool(r -> daemon(r, "ocpp-relay-send"));

    OcppCommandRelay(JdbcClient jdbc, RelayedChargePointSessions sessions, OcppChargingCommands local,
                     Duration callTimeout) {
        this.jdbc = jdbc;
        this.instance = sessions.instance();
        this.sessions = sessions;
        this.local = local;
        this.answerWithin = callTimeout.plusSeconds(5);
        poller.scheduleWithFixedDelay(this::workOffRelayed, 100, 50, TimeUnit.MILLISECONDS);
    }

    @Override
    public String vendor() {
        return Vendors.OCPP;
    }

    @Override
    public CommandResult startCharging(DeviceAddress device) {
        return command(device, ActionKind.START, null);
    }

    @Override
    public CommandResult stopCharging(DeviceAddress device) {
        return command(device, ActionKind.STOP, null);
    }

    @Override
    public CommandResult setMaxCurrent(DeviceAddress device, double amperes) {
        return command(device, ActionKind.SET_MAX_CURRENT, amperes);
    }

    @Override
    public CommandResult setChargeRateLimit(DeviceAddress device, double kilowatts) {
        return command(device, ActionKind.SET_CHARGE_RATE_LIMIT, kilowatts);
    }

    @Override
    public CommandResult clearChargeRateLimit(DeviceAddress device) {
        return command(device, ActionKind.SET_CHARGE_RATE_LIMIT, null);
    }

    private CommandResult command(DeviceAddress device, ActionKind command, Double value) {
        if (sessions.find(device.vendorDeviceId()).isPresent()) {
            return sendHere(device, command, value);
        }
        UUID holder = sessions.holder(device.vendorDeviceId()).filter(h -> !h.equals(instance)).orElse(null);
        if (holder == null) {
            return new CommandResult.Unreachable("charge point " + device.vendorDeviceId() + " is not connected");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into ocpp_relayed_command (id, instance_id, charger_id, charge_point_id, command, value)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(id, holder, device.deviceId(), device.vendorDeviceId(), command.name(), value).update();
        long deadline = System.nanoTime() + answerWithin.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                var answer = jdbc.sql("select outcome, detail from ocpp_relayed_command where id = ?").param(id)
                        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
                if (answer[0] != null && !answer[0].equals("SENDING")) {
                    return result(answer[0], answer[1]);
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            jdbc.sql("delete from ocpp_relayed_command where id = ? and outcome is not null and outcome <> 'SENDING'")
                    .param(id).update();
        }
        return new CommandResult.NoResponse("relayed to the instance holding charge point " + device.vendorDeviceId()
                + ", no answer within " + answerWithin);
    }

    private CommandResult sendHere(DeviceAddress device, ActionKind command, Double value) {
        return switch (command) {
            case START -> local.startCharging(device);
            case STOP -> local.stopCharging(device);
            case SET_MAX_CURRENT -> local.setMaxCurrent(device, value);
            // no value: lift the limit
            case SET_CHARGE_RATE_LIMIT -> value == null ? local.clearChargeRateLimit(device)
                    : local.setChargeRateLimit(device, value);
        };
    }

    /** Claims the commands relayed to this instance and sends each on its own thread (a call may take 30 s). */
    private void workOffRelayed() {
        try {
            record Relayed(UUID id, UUID chargerId, String chargePointId, ActionKind command, Double value) {
            }
            List<Relayed> claimed = jdbc.sql("""
                            update ocpp_relayed_command set outcome = 'SENDING'
                            where id in (select id from ocpp_relayed_command where instance_id = ? and outcome is null
                                         for update skip locked)
                            returning id, charger_id, charge_point_id, command, value""")
                    .param(instance)
                    .query((rs, n) -> new Relayed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            ActionKind.valueOf(rs.getString(4)), (Double) rs.getObject(5))).list();
            for (Relayed r : claimed) {
                senders.execute(() -> {
                    CommandResult result = sendHere(new DeviceAddress(r.chargerId(), DeviceType.CHARGER, Vendors.OCPP,
                            r.chargePointId()), r.command(), r.value());
                    jdbc.sql("update ocpp_relayed_command set outcome = ?, detail = ? where id = ?")
                            .params(outcome(result), detail(result), r.id()).update();
                });
            }
        } catch (RuntimeException e) {
            log.warn("Relayed OCPP commands could not be read: {}", e.getMessage());
        }
    }

    private static CommandResult result(String outcome, String detail) {
        return switch (outcome) {
            case "ACCEPTED" -> new CommandResult.Accepted();
            case "REJECTED" -> new CommandResult.Rejected(detail);
            case "UNREACHABLE" -> new CommandResult.Unreachable(detail);
            default -> new CommandResult.NoResponse(detail);
        };
    }

    private static String outcome(CommandResult r) {
        if (r instanceof CommandResult.Accepted) {
            return "ACCEPTED";
        }
        return r instanceof CommandResult.Rejected ? "REJECTED" : r instanceof CommandResult.Unreachable ? "UNREACHABLE" : "NO_RESPONSE";
    }

    private static String detail(CommandResult r) {
        if (r instanceof CommandResult.Rejected x) {
            return x.reason();
        }
        if (r instanceof CommandResult.Unreachable x) {
            return x.detail();
        }
        return r instanceof CommandResult.NoResponse x ? x.detail() : null;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
        senders.shutdownNow();
    }
}
