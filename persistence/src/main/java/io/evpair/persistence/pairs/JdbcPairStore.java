package io.evpair.persistence.pairs;

import static io.evpair.persistence.sql.ResultSets.instant;

import io.evpair.engine.inference.PairSource;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.inference.UnpairReason;
import io.evpair.engine.pairs.ChargingPair;
import io.evpair.engine.pairs.PairStore;
import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageCursor;
import io.evpair.engine.paging.PageRequest;
import io.evpair.persistence.paging.KeysetSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Component
class JdbcPairStore implements PairStore {
    private static final String SELECT = """
            select p.id, p.client_id, p.user_ref, u.user_id, p.vehicle_id, p.charger_id, p.plugged_in_at, p.paired_at,
                   p.unpaired_at, p.unpair_reason, p.reported_by, p.confidence, p.evidence::text as evidence, p.source
            from charging_pair p join app_user u on u.id = p.user_ref
            """;
    private static final TypeReference<Map<String, Object>> EVIDENCE = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcPairStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void activated(ChargingPair p) {
        jdbc.sql("""
                        insert into charging_pair (id, client_id, user_ref, vehicle_id, charger_id, plugged_in_at, paired_at,
                                                   confidence, evidence, reported_by, source)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)""")
                .params(p.id(), p.clientId().value(), p.userRef().value(), p.vehicleId().value(), p.chargerId().value(),
                        utc(p.pluggedInAt()), utc(p.pairedAt()), p.confidence(), json.writeValueAsString(p.evidence()),
                        p.reportedBy(), p.source().name())
                .update();
    }

    @Override
    public boolean deactivated(VehicleId vehicleId, ChargerId chargerId, Instant unpairedAt, UnpairReason reason,
                               String reportedBy) {
        return jdbc.sql("""
                        update charging_pair set unpaired_at = greatest(paired_at, ?), unpair_reason = ?, reported_by = coalesce(?, reported_by)
                        where vehicle_id = ? and charger_id = ? and unpaired_at is null""")
                .params(utc(unpairedAt), reason.name(), reportedBy, vehicleId.value(), chargerId.value())
                .update() > 0;
    }

    @Override
    public Page<ChargingPair> active(ClientId clientId, PageRequest page) {
        return keyset("p.client_id = ? and p.unpaired_at is null", clientId.value(), page);
    }

    @Override
    public List<ChargingPair> activeOfUser(UserRef userRef) {
        return jdbc.sql(SELECT
                        + "where p.user_ref = ? and p.unpaired_at is null order by p.paired_at desc")
                .param(userRef.value()).query((rs, n) -> read(rs)).list();
    }

    @Override
    public Page<ChargingPair> history(UserRef userRef, PageRequest page) {
        return keyset("p.user_ref = ?", userRef.value(), page);
    }

    @Override
    public Optional<ChargingPair> activeOfDevice(DeviceId deviceId) {
        return jdbc.sql(SELECT
                        + "where (p.vehicle_id = ? or p.charger_id = ?) and p.unpaired_at is null limit 1")
                .params(deviceId.value(), deviceId.value()).query((rs, n) -> read(rs)).optional();
    }

    @Override
    public List<ChargingPair> activationsOfUser(UserRef userRef, Instant from, Instant to) {
        return jdbc.sql(SELECT + "where p.user_ref = ? and coalesce(p.plugged_in_at, p.paired_at) <= ?"
                        + " and (p.unpaired_at is null or p.unpaired_at >= ?) order by p.paired_at, p.id")
                .params(userRef.value(), utc(to), utc(from)).query((rs, n) -> read(rs)).list();
    }

    @Override
    public Map<UUID, ChargingPair> activeOfDevices(java.util.Collection<UUID> deviceIds) {
        Map<UUID, ChargingPair> out = new java.util.HashMap<>();
        if (deviceIds.isEmpty()) {
            return out;
        }
        String[] ids = deviceIds.stream().map(UUID::toString).toArray(String[]::new);
        jdbc.sql(SELECT
                        + "where (p.vehicle_id = any(?::uuid[]) or p.charger_id = any(?::uuid[])) and p.unpaired_at is null")
                .params(ids, ids).query((rs, n) -> read(rs)).list().forEach(p -> {
                    out.put(p.vehicleId().value(), p);
                    out.put(p.chargerId().value(), p);
                });
        return out;
    }

    /** Newest first by pairedAt, with the id breaking ties. */
    private Page<ChargingPair> keyset(String scope, UUID scopeValue, PageRequest page) {
        return KeysetSql.read(jdbc, SELECT, scope, List.of(scopeValue), "p.paired_at", "p.id", page, (rs, n) -> read(rs),
                p -> new PageCursor(p.pairedAt(), p.id()));
    }

    private ChargingPair read(ResultSet rs) throws SQLException {
        return new ChargingPair(rs.getObject("id", UUID.class), new ClientId(rs.getObject("client_id", UUID.class)),
                new UserRef(rs.getObject("user_ref", UUID.class)), rs.getString("user_id"), new VehicleId(rs.getObject("vehicle_id", UUID.class)),
                new ChargerId(rs.getObject("charger_id", UUID.class)), instant(rs, "plugged_in_at"), instant(rs, "paired_at"),
                instant(rs, "unpaired_at"), reason(rs.getString("unpair_reason")), rs.getString("reported_by"), rs.getDouble("confidence"),
                json.readValue(rs.getString("evidence"), EVIDENCE), PairSource.valueOf(rs.getString("source")));
    }


    private static UnpairReason reason(String name) {
        return name == null ? null : UnpairReason.valueOf(name);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
