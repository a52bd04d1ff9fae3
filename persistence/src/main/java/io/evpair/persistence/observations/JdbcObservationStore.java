package io.evpair.persistence.observations;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceOwner;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.observations.GeoPoint;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.observations.ObservationStore;
import io.evpair.persistence.sql.SqlArrays;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends observations with COPY: a batch is streamed in PostgreSQL's text format into a temporary staging table
 * (no WAL, no index), then moved into {@code observation} by one insert that skips what is stored already and
 * reports which rows were new. The staging table lives for the connection and empties itself at each commit.
 * A small batch (what a group commit of single observations brings) skips the staging table: one insert with its
 * rows as parameters costs PostgreSQL less than a COPY, an insert-select and the staging table's truncation at
 * commit.
 */
@Component
class JdbcObservationStore implements ObservationStore {
    private static final String STAGE = "create temp table if not exists observation_in (" + ObservationColumns.staged()
            + ") on commit delete rows";
    private static final String COPY = "copy observation_in (ord, " + ObservationColumns.names() + ") from stdin";
    private static final String APPEND = """
            insert into observation (%s)
            select %s from observation_in order by ord
            on conflict (device_id, fingerprint) do nothing
            returning device_id, fingerprint""".formatted(ObservationColumns.names(), ObservationColumns.fromStaged());

    /** At most this many rows go in as parameters of one insert; more go through COPY. */
    static final int MAX_VALUES_ROWS = 64;
    private static final String[] VALUES_INSERT = new String[MAX_VALUES_ROWS + 1];

    static {
        String row = ObservationColumns.ALL.stream()
                .map(c -> c.instant() ? SqlArrays.timestampFromMicros("?::int8") : "?::" + c.stagedAs())
                .collect(Collectors.joining(", ", "(", ")"));
        for (int n = 1; n <= MAX_VALUES_ROWS; n++) {
            VALUES_INSERT[n] = "insert into observation (" + ObservationColumns.names() + ") values "
                    + String.join(", ", Collections.nCopies(n, row))
                    + " on conflict (device_id, fingerprint) do nothing returning device_id, fingerprint";
        }
    }

    private final JdbcTemplate jdbc;
    /**
     * Physical connections whose staging table exists: created by a transaction that committed. Asking with
     * "if not exists" each time cost a parse and a notice per batch (9 % of the append's samples).
     */
    private final Set<PGConnection> staged = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    JdbcObservationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Must run inside the caller's transaction: the staging table empties itself at commit. */
    @Override
    public List<Observation> appendNew(List<Observation> observations, Map<UUID, DeviceOwner> owners) {
        if (observations.isEmpty()) {
            return List.of();
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("observations are appended inside the caller's transaction");
        }
        List<ObservationColumns.Row> rows = new ArrayList<>(observations.size());
        for (Observation o : observations) {
            rows.add(new ObservationColumns.Row(o, owners.get(o.deviceId()), ObservationFingerprint.of(o)));
        }
        Set<String> inserted = new HashSet<>();
        if (rows.size() <= MAX_VALUES_ROWS) {
            insertAsValues(rows, inserted);
        } else {
            insertThroughStaging(rows, inserted);
        }
        List<Observation> fresh = new ArrayList<>(inserted.size());
        for (ObservationColumns.Row row : rows) {
            if (inserted.remove(row.observation().deviceId() + ":" + row.fingerprint())) {
                fresh.add(row.observation());
            }
        }
        return fresh;
    }

    private void insertAsValues(List<ObservationColumns.Row> rows, Set<String> inserted) {
        jdbc.execute((Connection c) -> {
            try (PreparedStatement insert = c.prepareStatement(VALUES_INSERT[rows.size()])) {
                int p = 1;
                for (ObservationColumns.Row row : rows) {
                    for (ObservationColumns.Column column : ObservationColumns.ALL) {
                        insert.setObject(p++, column.value().apply(row));
                    }
                }
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        inserted.add(rs.getObject(1, UUID.class) + ":" + rs.getLong(2));
                    }
                }
            }
            return null;
        });
    }

    private void insertThroughStaging(List<ObservationColumns.Row> rows, Set<String> inserted) {
        jdbc.execute((Connection c) -> {
            PGConnection pg = c.unwrap(PGConnection.class);
            stage(c, pg);
            try {
                pg.getCopyAPI().copyIn(COPY, new ByteArrayInputStream(CopyText.of(rows)));
            } catch (IOException e) {
                throw new SQLException("COPY of " + rows.size() + " observations failed", e);
            }
            try (PreparedStatement append = c.prepareStatement(APPEND); ResultSet rs = append.executeQuery()) {
                while (rs.next()) {
                    inserted.add(rs.getObject(1, UUID.class) + ":" + rs.getLong(2));
                }
            }
            return null;
        });
    }

    private void stage(Connection c, PGConnection pg) throws SQLException {
        if (staged.contains(pg)) {
            return;
        }
        try (Statement stage = c.createStatement()) {
            stage.execute(STAGE);
        }
        // Known only once committed: a rollback takes the new table with it.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    staged.add(pg);
                }
            }
        });
    }

    @Override
    public List<Observation> ofUser(UserRef userRef, Instant from, Instant to) {
        return jdbc.query("""
                        select device_id, device_type, observed_at, received_at, plugged_in, charging, charge_rate_kw,
                               battery_level, latitude, longitude, meter_kwh, id_tag
                        from observation where user_ref = ? and received_at between ? and ? order by seq""",
                (rs, row) -> read(rs), userRef.value(), from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC));
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
    public int deleteReceivedBefore(ClientId clientId, Instant cutoff, int limit) {
        return jdbc.update("""
                delete from observation where seq in (
                    select seq from observation where client_id = ? and received_at < ? limit ?)""",
                clientId.value(), cutoff.atOffset(ZoneOffset.UTC), limit);
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
