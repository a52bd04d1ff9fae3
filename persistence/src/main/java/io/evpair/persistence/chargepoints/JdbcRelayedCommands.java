package io.evpair.persistence.chargepoints;

import io.evpair.engine.chargepoints.ChargePointCommand;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.control.CommandResult;
import io.evpair.engine.chargepoints.RelayedCommands;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Relayed commands in {@code ocpp_relayed_command} (V11): no outcome while waiting for the holder, SENDING once
 * it has claimed one ({@code FOR UPDATE SKIP LOCKED}, so each is sent once), then the charge point's answer.
 */
@Component
final class JdbcRelayedCommands implements RelayedCommands {
    private static final String SENDING = "SENDING";

    private final JdbcClient jdbc;

    JdbcRelayedCommands(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void relay(RelayedCommand c, UUID holder) {
        jdbc.sql("""
                        insert into ocpp_relayed_command (id, instance_id, charger_id, charge_point_id, command, value)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(c.id(), holder, c.chargerId().value(), c.chargePointId(), c.command().name(), c.value()).update();
    }

    @Override
    public Optional<CommandResult> answer(UUID id) {
        var answer = jdbc.sql("select outcome, detail from ocpp_relayed_command where id = ?").param(id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        if (answer[0] == null || answer[0].equals(SENDING)) {
            return Optional.empty();
        }
        return Optional.of(result(answer[0], answer[1]));
    }

    @Override
    public void forgetAnswered(UUID id) {
        jdbc.sql("delete from ocpp_relayed_command where id = ? and outcome is not null and outcome <> 'SENDING'")
                .param(id).update();
    }

    @Override
    public List<RelayedCommand> claim(UUID instance) {
        return jdbc.sql("""
                        update ocpp_relayed_command set outcome = 'SENDING'
                        where id in (select id from ocpp_relayed_command where instance_id = ? and outcome is null
                                     for update skip locked)
                        returning id, charger_id, charge_point_id, command, value""")
                .param(instance)
                .query((rs, n) -> new RelayedCommand(rs.getObject(1, UUID.class), new ChargerId(rs.getObject(2, UUID.class)),
                        rs.getString(3), ChargePointCommand.valueOf(rs.getString(4)), (Double) rs.getObject(5))).list();
    }

    @Override
    public void answered(UUID id, CommandResult result) {
        jdbc.sql("update ocpp_relayed_command set outcome = ?, detail = ? where id = ?")
                .params(outcome(result), detail(result), id).update();
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
}
