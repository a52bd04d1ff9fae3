package io.evpair.persistence.linking;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.linking.ChargePointCredential;
import io.evpair.engine.linking.ChargePointCredentialStore;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcChargePointCredentialStore implements ChargePointCredentialStore {
    private final JdbcClient jdbc;

    JdbcChargePointCredentialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ChargePointCredential> find(String chargePointId) {
        return jdbc.sql("""
                        select charge_point_id, charger_id, client_id, password_hash, claimed_at
                        from ocpp_charge_point where charge_point_id = ?""")
                .param(chargePointId)
                .query((rs, n) -> new ChargePointCredential(rs.getString(1), new ChargerId(rs.getObject(2, UUID.class)),
                        new ClientId(rs.getObject(3, UUID.class)), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .optional();
    }

    @Override
    public boolean insertIfAbsent(ChargePointCredential c) {
        return jdbc.sql("""
                        insert into ocpp_charge_point (charge_point_id, charger_id, client_id, password_hash, claimed_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(c.chargePointId(), c.chargerId().value(), c.clientId().value(), c.passwordHash(), Timestamp.from(c.claimedAt()))
                .update() == 1;
    }
}
