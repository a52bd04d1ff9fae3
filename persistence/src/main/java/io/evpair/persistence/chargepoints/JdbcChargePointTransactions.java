package io.evpair.persistence.chargepoints;

import io.evpair.engine.chargepoints.ChargePointTransactions;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * OCPP transactions in PostgreSQL ({@code ocpp_transaction}, V13). Numbers come from a sequence, so they are
 * unique across restarts and instances.
 */
@Component
final class JdbcChargePointTransactions implements ChargePointTransactions {
    private final JdbcClient jdbc;

    JdbcChargePointTransactions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int start(String chargePointId, TransactionStart start) {
        Timestamp startedAt = Timestamp.from(start.startedAt());
        // The same message id alone is not enough: some charge points count message ids from 1 after a reboot.
        Optional<String> retransmitted = jdbc.sql("""
                        select transaction_id from ocpp_transaction
                        where charge_point_id = ? and start_message_id = ? and connector_id = ? and id_tag = ?
                          and meter_start_wh = ? and started_at = ?""")
                .params(chargePointId, start.messageId(), start.connectorId(), start.idTag(), start.meterStartWh(),
                        startedAt)
                .query(String.class).optional();
        if (retransmitted.isPresent()) {
            return Integer.parseInt(retransmitted.get());
        }
        // One transaction at a time per connector: one whose StopTransaction was lost is over now.
        jdbc.sql("""
                        update ocpp_transaction set stopped_at = ?
                        where charge_point_id = ? and connector_id = ? and stopped_at is null""")
                .params(startedAt, chargePointId, start.connectorId()).update();
        return Integer.parseInt(jdbc.sql("""
                        insert into ocpp_transaction (charge_point_id, transaction_id, connector_id, start_message_id,
                                                      id_tag, meter_start_wh, started_at)
                        values (?, nextval('ocpp_transaction_number')::text, ?, ?, ?, ?, ?)
                        returning transaction_id""")
                .params(chargePointId, start.connectorId(), start.messageId(), start.idTag(), start.meterStartWh(),
                        startedAt)
                .query(String.class).single());
    }

    @Override
    public void seen(String chargePointId, String transactionId, int connectorId, Instant at) {
        jdbc.sql("""
                        insert into ocpp_transaction (charge_point_id, transaction_id, connector_id, started_at)
                        values (?, ?, ?, ?) on conflict do nothing""")
                .params(chargePointId, transactionId, connectorId, Timestamp.from(at)).update();
    }

    @Override
    public Optional<Integer> stop(String chargePointId, String transactionId, Instant at) {
        return jdbc.sql("""
                        update ocpp_transaction set stopped_at = coalesce(stopped_at, ?)
                        where charge_point_id = ? and transaction_id = ? returning connector_id""")
                .params(Timestamp.from(at), chargePointId, transactionId)
                .query(Integer.class).optional();
    }

    @Override
    public List<RunningTransaction> running(String chargePointId) {
        return jdbc.sql("""
                        select transaction_id, connector_id, id_tag from ocpp_transaction
                        where charge_point_id = ? and stopped_at is null order by connector_id, started_at desc""")
                .param(chargePointId)
                .query((rs, row) -> new RunningTransaction(rs.getString(1), rs.getInt(2), rs.getString(3))).list();
    }
}
