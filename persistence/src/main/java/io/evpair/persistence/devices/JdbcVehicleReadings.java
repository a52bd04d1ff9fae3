package io.evpair.persistence.devices;

import static io.evpair.persistence.sql.ResultSets.instant;
import io.evpair.engine.clients.ChargeRateSource;
import io.evpair.engine.clients.ClientFeatures;
import io.evpair.engine.devices.CommandCapabilities;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.observations.GeoPoint;
import io.evpair.engine.devices.Vehicle;
import io.evpair.engine.devices.VehicleReading;
import io.evpair.engine.devices.VehicleReading.PairedCharger;
import io.evpair.engine.devices.VehicleReadings;
import io.evpair.persistence.observations.DeviceStateRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A vehicle reading in one statement, outside any transaction: one round trip, one pooled connection briefly. */
@Component
class JdbcVehicleReadings implements VehicleReadings {
    private static final String SELECT = """
            select v.*, u.user_id,
                   c.capability_unlocking, c.command_orchestration, c.charge_rate_source, clock.now as virtual_now,
                   chargers.can_start, chargers.can_stop, chargers.can_limit, chargers.can_current,
                   p.charger_id as paired_charger_id, p.paired_at, ch.address_latitude, ch.address_longitude,
                   exists (select 1 from vendor_account a
                           where a.user_ref = v.user_ref and a.vendor = v.vendor and a.needs_relink) as needs_relink,
                   %s, %s
            from vehicle v
            join app_user u on u.id = v.user_ref
            join api_client c on c.id = v.client_id
            left join simulator_clock clock on clock.client_id = v.client_id
            left join device_state vs on vs.device_id = v.id
            left join charging_pair p on p.vehicle_id = v.id and p.unpaired_at is null
            left join charger ch on ch.id = p.charger_id
            left join device_state cs on cs.device_id = p.charger_id
            cross join lateral (
                select coalesce(bool_or(can_start_charging), false) as can_start,
                       coalesce(bool_or(can_stop_charging), false) as can_stop,
                       coalesce(bool_or(can_set_charge_rate_limit), false) as can_limit,
                       coalesce(bool_or(can_set_max_current), false) as can_current
                from charger where user_ref = v.user_ref) chargers
            where v.id = ? and v.client_id = ?""".formatted(
            DeviceStateRows.columns("vs", "vs_"), DeviceStateRows.columns("cs", "cs_"));

    private final JdbcClient jdbc;

    JdbcVehicleReadings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<VehicleReading> find(ClientId clientId, VehicleId vehicleId) {
        return jdbc.sql(SELECT).params(vehicleId.value(), clientId.value()).query((rs, n) -> reading(rs)).optional();
    }

    private static VehicleReading reading(ResultSet rs) throws SQLException {
        Vehicle vehicle = DeviceRows.vehicle(rs);
        ClientFeatures features = new ClientFeatures(rs.getBoolean("capability_unlocking"),
                rs.getBoolean("command_orchestration"), ChargeRateSource.valueOf(rs.getString("charge_rate_source")));
        CommandCapabilities chargers = new CommandCapabilities(rs.getBoolean("can_start"), rs.getBoolean("can_stop"),
                rs.getBoolean("can_limit"), rs.getBoolean("can_current"));
        UUID chargerId = rs.getObject("paired_charger_id", UUID.class);
        PairedCharger paired = null;
        if (chargerId != null) {
            Double latitude = rs.getObject("address_latitude", Double.class);
            paired = new PairedCharger(new ChargerId(chargerId), instant(rs, "paired_at"), DeviceStateRows.read(rs, "cs_"),
                    latitude == null ? null : new GeoPoint(latitude, rs.getDouble("address_longitude")));
        }
        return new VehicleReading(vehicle, DeviceStateRows.read(rs, "vs_"), features,
                Optional.ofNullable(instant(rs, "virtual_now")), chargers, paired, rs.getBoolean("needs_relink"));
    }
}
