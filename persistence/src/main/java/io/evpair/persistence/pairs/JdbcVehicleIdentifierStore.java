package io.evpair.persistence.pairs;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.pairs.VehicleIdentifierStore;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcVehicleIdentifierStore implements VehicleIdentifierStore {
    private final JdbcClient jdbc;

    JdbcVehicleIdentifierStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> declared(VehicleId vehicleId) {
        return jdbc.sql("select value from vehicle_identifier where vehicle_id = ? order by position")
                .param(vehicleId.value()).query(String.class).list();
    }

    @Override
    public void replace(ClientId clientId, VehicleId vehicleId, List<String> identifiers) {
        jdbc.sql("delete from vehicle_identifier where vehicle_id = ?").param(vehicleId.value()).update();
        for (int i = 0; i < identifiers.size(); i++) {
            jdbc.sql("insert into vehicle_identifier (vehicle_id, client_id, value, position) values (?, ?, ?, ?)")
                    .params(vehicleId.value(), clientId.value(), identifiers.get(i), i).update();
        }
    }
}
