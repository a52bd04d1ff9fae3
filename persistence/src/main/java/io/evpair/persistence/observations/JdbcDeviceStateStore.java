package io.evpair.persistence.observations;

import static io.evpair.persistence.sql.SqlArrays.column;
import static io.evpair.persistence.sql.SqlArrays.micros;

import io.evpair.engine.devices.DeviceState;
import io.evpair.engine.devices.DeviceStateStore;
import io.evpair.persistence.sql.SqlArrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcDeviceStateStore implements DeviceStateStore {
    private static final String UPSERT = """
            insert into device_state (%1$s)
            select device_id, device_type, %2$s, %3$s, plugged_in, charging,
                   charge_rate_kw, battery_level, latitude, longitude, %4$s, meter_kwh
            from unnest(?::uuid[], ?::varchar[], ?::int8[], ?::int8[], ?::boolean[], ?::boolean[], ?::float8[],
                        ?::float8[], ?::float8[], ?::float8[], ?::int8[], ?::float8[])
                 as r(%1$s)
            on conflict (device_id) do update set
                last_seen = excluded.last_seen, last_updated = excluded.last_updated, plugged_in = excluded.plugged_in,
                charging = excluded.charging, charge_rate_kw = excluded.charge_rate_kw,
                battery_level = excluded.battery_level, latitude = excluded.latitude, longitude = excluded.longitude,
                position_updated_at = excluded.position_updated_at, meter_kwh = excluded.meter_kwh""".formatted(DeviceStateRows.COLUMNS,
            SqlArrays.timestampFromMicros("last_seen"), SqlArrays.timestampFromMicros("last_updated"),
            SqlArrays.timestampFromMicros("position_updated_at"));

    private final JdbcTemplate jdbc;

    JdbcDeviceStateStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, DeviceState> load(Collection<UUID> deviceIds) {
        Map<UUID, DeviceState> states = new HashMap<>();
        if (deviceIds.isEmpty()) {
            return states;
        }
        SqlArrays.query(jdbc, "select " + DeviceStateRows.COLUMNS + " from device_state where device_id = any(?)", rs -> {
            DeviceState state = DeviceStateRows.read(rs, "");
            states.put(state.deviceId(), state);
        }, deviceIds.toArray(UUID[]::new));
        return states;
    }

    @Override
    public void saveAll(Collection<DeviceState> states) {
        if (states.isEmpty()) {
            return;
        }
        List<DeviceState> rows = List.copyOf(states);
        SqlArrays.update(jdbc, UPSERT,
                column(rows, UUID[]::new, DeviceState::deviceId),
                column(rows, String[]::new, s -> s.type().name()),
                column(rows, Long[]::new, s -> micros(s.lastSeen())),
                column(rows, Long[]::new, s -> micros(s.lastUpdated())),
                column(rows, Boolean[]::new, DeviceState::pluggedIn),
                column(rows, Boolean[]::new, DeviceState::charging),
                column(rows, Double[]::new, DeviceState::chargeRateKw),
                column(rows, Double[]::new, DeviceState::batteryLevel),
                column(rows, Double[]::new, s -> s.position() == null ? null : s.position().latitude()),
                column(rows, Double[]::new, s -> s.position() == null ? null : s.position().longitude()),
                column(rows, Long[]::new, s -> micros(s.positionUpdatedAt())),
                column(rows, Double[]::new, DeviceState::meterKwh));
    }
}
