package io.evpair.persistence.chargepoints;

import io.evpair.engine.chargepoints.ChargePointSockets;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The holder of each charge point's socket in {@code ocpp_socket} (V11); a killed instance's rows stay until its charge points reconnect. */
@Component
final class JdbcChargePointSockets implements ChargePointSockets {
    private final JdbcClient jdbc;

    JdbcChargePointSockets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void opened(String chargePointId, UUID instance) {
        jdbc.sql("""
                        insert into ocpp_socket (charge_point_id, instance_id) values (?, ?)
                        on conflict (charge_point_id) do update set instance_id = excluded.instance_id, connected_at = now()""")
                .params(chargePointId, instance).update();
    }

    @Override
    public void closed(String chargePointId, UUID instance) {
        jdbc.sql("delete from ocpp_socket where charge_point_id = ? and instance_id = ?")
                .params(chargePointId, instance).update();
    }

    @Override
    public Optional<UUID> holder(String chargePointId) {
        return jdbc.sql("select instance_id from ocpp_socket where charge_point_id = ?").param(chargePointId)
                .query(UUID.class).optional();
    }
}
