package io.evpair.persistence.observations;

import static io.evpair.persistence.sql.SqlArrays.column;
import static io.evpair.persistence.sql.SqlArrays.micros;

import io.evpair.engine.devices.DeviceOwner;
import io.evpair.engine.devices.DeviceType;
import io.evpair.engine.devices.GeoPoint;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.observations.ObservationStore;
import io.evpair.persistence.sql.SqlArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Appends observations with one statement per batch: the columns travel as arrays and are unnested on the
 * server, which is far cheaper than a row-by-row batch and still reports which rows were new.
 */
@Component
class JdbcObservationStore implements ObservationStore {
    private static final String APPEND = """
            insert into observation (device_id, device_type, client_id, user_ref, observed_at, received_at, plugged_in,
                                     charging, charge_rate_kw, battery_level, latitude, longitude, meter_kwh, fingerprint,
                                     id_tag)
            select device_id, device_type, client_id, user_ref, %s, %s,
                   plugged_in, charging, charge_rate_kw, battery_level, latitude, longitude, meter_kwh, fingerprint, id_tag
            from unnest(?::uuid[], ?::varchar[], ?::uuid[], ?::uuid[], ?::int8[], ?::int8[], ?::boolean[], ?::boolean[],
                        ?::float8[], ?::float8[], ?::float8[], ?::float8[], ?::float8[], ?::int8[], ?::varchar[])
                 with ordinality as r(device_id, device_type, client_id, user_ref, observed_at, received_at, plugged_in,
                                      charging, charge_rate_kw, battery_level, latitude, longitude, meter_kwh, fingerprint,
                                      id_tag, ord)
            order by ord
            on conflict (device_id, fingerprint) do nothing
            returning device_id, fingerprint""".formatted(
            SqlArrays.timestampFromMicros("observed_at"), SqlArrays.timestampFromMicros("received_at"));

    private final JdbcTemplate jdbc;

    JdbcObservationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Observation> appendNew(List<Observation> observations, Map<UUID, DeviceOwner> owners) {
        UUID[] device = column(observations, UUID[]::new, Observation::deviceId);
        Long[] fingerprint = column(observations, Long[]::new, ObservationFingerprint::of);
        Set<String> inserted = new HashSet<>();
        SqlArrays.query(jdbc, APPEND, rs -> inserted.add(rs.getObject(1, UUID.class) + ":" + rs.getLong(2)),
                device,
                column(observations, String[]::new, o -> o.deviceType().name()),
                column(observations, UUID[]::new, o -> owners.get(o.deviceId()).clientId()),
                column(observations, UUID[]::new, o -> owners.get(o.deviceId()).userRef()),
                column(observations, Long[]::new, o -> micros(o.observedAt())),
                column(observations, Long[]::new, o -> micros(o.receivedAt())),
                column(observations, Boolean[]::new, Observation::pluggedIn),
                column(observations, Boolean[]::new, Observation::charging),
                column(observations, Double[]::new, Observation::chargeRateKw),
                column(observations, Double[]::new, Observation::batteryLevel),
                column(observations, Double[]::new, o -> o.position() == null ? null : o.position().latitude()),
                column(observations, Double[]::new, o -> o.position() == null ? null : o.position().longitude()),
                column(observations, Double[]::new, Observation::meterKwh),
                fingerprint,
                column(observations, String[]::new, Observation::idTag));
        List<Observation> fresh = new ArrayList<>(inserted.size());
        for (int i = 0; i < device.length; i++) {
            if (inserted.remove(device[i] + ":" + fingerprint[i])) {
                fresh.add(observations.get(i));
            }
        }
        return fresh;
    }

    @Override
    public List<Observation> ofUser(UUID userRef, Instant from, Instant to) {
        return jdbc.query("""
                        select device_id, device_type, observed_at, received_at, plugged_in, charging, charge_rate_kw,
                               battery_level, latitude, longitude, meter_kwh, id_tag
                        from observation where user_ref = ? and received_at between ? and ? order by seq""",
                (rs, row) -> read(rs), userRef, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC));
    }

    @Override
    public List<Observation> ofDevice(UUID deviceId, Instant from, Instant to) {
        return jdbc.query("""
                        select device_id, device_type, observed_at, received_at, plugged_in, charging, charge_rate_kw,
                               battery_level, latitude, longitude, meter_kwh, id_tag
                        from observation where device_id = ? and observed_at between ? and ?""",
                (rs, row) -> read(rs), deviceId, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC));
    }

    @Override
    public int deleteReceivedBefore(UUID clientId, Instant cutoff, int limit) {
        return jdbc.update("""
                delete from observation where seq in (
                    select seq from observation where client_id = ? and received_at < ? limit ?)""",
                clientId, cutoff.atOffset(ZoneOffset.UTC), limit);
    }

    private static Observation read(ResultSet rs) throws SQLException {
        Double latitude = rs.getObject("latitude", Double.class);
        Double longitude = rs.getObject("longitude", Double.class);
        return new Observation(rs.getObject("device_id", UUID.class), DeviceType.valueOf(rs.getString("device_type")),
                rs.getTimestamp("observed_at").toInstant(), rs.getTimestamp("received_at").toInstant(),
                rs.getObject("plugged_in", Boolean.class), rs.getObject("charging", Boolean.class),
                rs.getObject("charge_rate_kw", Double.class), rs.getObject("battery_level", Double.class),
                latitude == null ? null : new GeoPoint(latitude, longitude), rs.getObject("meter_kwh", Double.class),
                rs.getString("id_tag"));
    }
}
