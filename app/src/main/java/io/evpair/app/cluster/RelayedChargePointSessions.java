package io.evpair.app.cluster;

import io.evpair.adapters.ocpp.ChargePointConnection;
import io.evpair.adapters.ocpp.ChargePointSessions;
import io.evpair.adapters.ocpp.LocalChargePointSessions;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The charge points connected to this instance, and in {@code ocpp_socket} which instance holds each one, so
 * that another instance can relay a command to it ({@link OcppCommandRelay}). A charge point that reconnects
 * elsewhere moves its row; a killed instance's rows stay until its charge points reconnect.
 */
final class RelayedChargePointSessions implements ChargePointSessions {
    private final LocalChargePointSessions local = new LocalChargePointSessions();
    private final JdbcClient jdbc;
    /** This process: a new id at every start, so a restarted instance never claims its predecessor's sockets. */
    private final UUID instance = UUID.randomUUID();

    RelayedChargePointSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID instance() {
        return instance;
    }

    @Override
    public Optional<ChargePointConnection> find(String chargePointId) {
        return local.find(chargePointId);
    }

    @Override
    public void opened(ChargePointConnection connection) {
        local.opened(connection);
        jdbc.sql("""
                        insert into ocpp_socket (charge_point_id, instance_id) values (?, ?)
                        on conflict (charge_point_id) do update set instance_id = excluded.instance_id, connected_at = now()""")
                .params(connection.chargePointId(), instance).update();
    }

    @Override
    public void closed(ChargePointConnection connection) {
        local.closed(connection);
        if (local.find(connection.chargePointId()).isEmpty()) {
            jdbc.sql("delete from ocpp_socket where charge_point_id = ? and instance_id = ?")
                    .params(connection.chargePointId(), instance).update();
        }
    }

    @Override
    public boolean connected(String chargePointId) {
        return local.find(chargePointId).isPresent() || holder(chargePointId).isPresent();
    }

    /** The instance holding the charge point's socket, if any instance says it does. */
    Optional<UUID> holder(String chargePointId) {
        return jdbc.sql("select instance_id from ocpp_socket where charge_point_id = ?").param(chargePointId)
                .query(UUID.class).optional();
    }
}
