package io.evpair.persistence.devices;

import static io.evpair.persistence.sql.ResultSets.instant;

import io.evpair.engine.devices.Charger;
import io.evpair.engine.devices.ChargerInformation;
import io.evpair.engine.devices.CommandCapabilities;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.observations.GeoPoint;
import io.evpair.engine.devices.Vehicle;
import io.evpair.engine.devices.VehicleInformation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Vehicles and chargers read with plain SQL: the hot reads (listings, pairing's device sync, the vehicle read)
 * skip Hibernate's query building, which cost more than the database did.
 */
final class DeviceRows {
    static final String VEHICLES = "select v.*, u.user_id from vehicle v join app_user u on u.id = v.user_ref";
    static final String CHARGERS = "select c.*, u.user_id from charger c join app_user u on u.id = c.user_ref";

    private DeviceRows() {
    }

    static Vehicle vehicle(ResultSet rs) throws SQLException {
        return new Vehicle(new VehicleId(rs.getObject("id", UUID.class)), new ClientId(rs.getObject("client_id", UUID.class)),
                new UserRef(rs.getObject("user_ref", UUID.class)), rs.getString("user_id"), new Vendor(rs.getString("vendor")),
                rs.getString("vendor_device_id"),
                new VehicleInformation(rs.getString("vin"), rs.getString("brand"), rs.getString("model"),
                        rs.getObject("model_year", Integer.class), rs.getString("display_name"),
                        rs.getObject("battery_capacity_kwh", Double.class)),
                capabilities(rs), instant(rs, "created_at"));
    }

    static Charger charger(ResultSet rs) throws SQLException {
        Double latitude = rs.getObject("address_latitude", Double.class);
        return new Charger(new ChargerId(rs.getObject("id", UUID.class)), new ClientId(rs.getObject("client_id", UUID.class)),
                new UserRef(rs.getObject("user_ref", UUID.class)), rs.getString("user_id"), new Vendor(rs.getString("vendor")),
                rs.getString("vendor_device_id"),
                new ChargerInformation(rs.getString("brand"), rs.getString("model"), rs.getObject("model_year", Integer.class),
                        rs.getString("serial_number")),
                capabilities(rs), latitude == null ? null : new GeoPoint(latitude, rs.getDouble("address_longitude")),
                instant(rs, "created_at"));
    }

    private static CommandCapabilities capabilities(ResultSet rs) throws SQLException {
        return new CommandCapabilities(rs.getBoolean("can_start_charging"), rs.getBoolean("can_stop_charging"),
                rs.getBoolean("can_set_charge_rate_limit"), rs.getBoolean("can_set_max_current"));
    }
}
