package io.evpair.persistence.simulator;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.simulator.DeviceBehaviour;
import io.evpair.engine.simulator.SimulatedCommand;
import io.evpair.engine.simulator.SimulatedOemLedger;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcSimulatedOemLedger implements SimulatedOemLedger {
    private static final String DEVICES_OF_CLIENT = """
            select id from vehicle where client_id = ? and vendor = ? and vendor_device_id = ?
            union all
            select id from charger where client_id = ? and vendor = ? and vendor_device_id = ?""";

    private final JdbcClient jdbc;

    JdbcSimulatedOemLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public DeviceBehaviour behaviourOf(UUID deviceId) {
        return jdbc.sql("select behaviour from simulator_behaviour where device_id = ?").param(deviceId)
                .query(String.class).optional().map(DeviceBehaviour::valueOf).orElse(DeviceBehaviour.ACCEPT);
    }

    @Override
    public int setBehaviour(ClientId clientId, String vendorDeviceId, DeviceBehaviour behaviour) {
        List<UUID> devices = jdbc.sql(DEVICES_OF_CLIENT)
                .params(clientId.value(), Vendor.SIMULATED.name(), vendorDeviceId, clientId.value(), Vendor.SIMULATED.name(), vendorDeviceId)
                .query(UUID.class).list();
        for (UUID device : devices) {
            jdbc.sql("""
                            insert into simulator_behaviour (device_id, behaviour) values (?, ?)
                            on conflict (device_id) do update set behaviour = excluded.behaviour""")
                    .params(device, behaviour.name()).update();
        }
        return devices.size();
    }

    @Override
    public void record(SimulatedCommand c) {
        jdbc.sql("""
                        insert into simulator_command (id, device_id, vendor_device_id, device_type, command, value,
                                                       received_at, outcome) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), c.deviceId(), c.vendorDeviceId(), c.deviceType().name(), c.command(), c.value(),
                        c.receivedAt().atOffset(ZoneOffset.UTC), c.outcome().name())
                .update();
    }

    @Override
    public List<SimulatedCommand> commands(ClientId clientId, String vendorDeviceId) {
        return jdbc.sql("select * from simulator_command where device_id in (" + DEVICES_OF_CLIENT + ") order by received_at, id")
                .params(clientId.value(), Vendor.SIMULATED.name(), vendorDeviceId, clientId.value(), Vendor.SIMULATED.name(), vendorDeviceId)
                .query((rs, n) -> new SimulatedCommand(rs.getObject("id", UUID.class), rs.getObject("device_id", UUID.class),
                        rs.getString("vendor_device_id"), DeviceType.valueOf(rs.getString("device_type")),
                        rs.getString("command"), rs.getObject("value", Double.class),
                        rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                        DeviceBehaviour.valueOf(rs.getString("outcome"))))
                .list();
    }
}
