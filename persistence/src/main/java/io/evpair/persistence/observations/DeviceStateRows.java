package io.evpair.persistence.observations;

import static io.evpair.persistence.sql.ResultSets.instant;

import io.evpair.engine.devices.DeviceState;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.observations.GeoPoint;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads {@code device_state} rows, also where a query joins the table under a column prefix. */
public final class DeviceStateRows {
    static final String COLUMNS = """
            device_id, device_type, last_seen, last_updated, plugged_in, charging, charge_rate_kw, battery_level,
            latitude, longitude, position_updated_at, meter_kwh""";

    private DeviceStateRows() {
    }

    /** The select list for {@code device_state} joined as {@code alias}, each column renamed {@code prefix + name}. */
    public static String columns(String alias, String prefix) {
        return Arrays.stream(COLUMNS.split(",")).map(String::strip)
                .map(c -> alias + "." + c + " as " + prefix + c).collect(Collectors.joining(", "));
    }

    /** The state in the current row, or null when an outer join found none. */
    public static DeviceState read(ResultSet rs, String prefix) throws SQLException {
        UUID deviceId = rs.getObject(prefix + "device_id", UUID.class);
        if (deviceId == null) {
            return null;
        }
        Double latitude = rs.getObject(prefix + "latitude", Double.class);
        Double longitude = rs.getObject(prefix + "longitude", Double.class);
        return new DeviceState(deviceId, DeviceType.valueOf(rs.getString(prefix + "device_type")),
                instant(rs, prefix + "last_seen"), instant(rs, prefix + "last_updated"),
                rs.getObject(prefix + "plugged_in", Boolean.class), rs.getObject(prefix + "charging", Boolean.class),
                rs.getObject(prefix + "charge_rate_kw", Double.class), rs.getObject(prefix + "battery_level", Double.class),
                latitude == null ? null : new GeoPoint(latitude, longitude), instant(rs, prefix + "position_updated_at"),
                rs.getObject(prefix + "meter_kwh", Double.class));
    }
}
