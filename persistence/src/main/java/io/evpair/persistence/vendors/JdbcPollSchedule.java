package io.evpair.persistence.vendors;

import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.vendors.PollSchedule;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Device polls in PostgreSQL. A claim is one statement: it locks due, unleased rows with FOR UPDATE SKIP LOCKED
 * (concurrent claimers take disjoint rows) and leases them; rescheduling ends the lease. A crashed instance's
 * leases run out and another instance takes the polls over.
 */
@Component
class JdbcPollSchedule implements PollSchedule {
    private final JdbcClient jdbc;

    JdbcPollSchedule(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void schedule(UUID deviceId, DeviceType type, Vendor vendor, Instant at) {
        jdbc.sql("""
                        insert into vendor_poll (device_id, device_type, vendor, next_poll_at) values (?, ?, ?, ?)
                        on conflict (device_id) do update set next_poll_at = excluded.next_poll_at, failures = 0""")
                .params(deviceId, type.name(), vendor.name(), Timestamp.from(at))
                .update();
    }

    @Override
    public List<DuePoll> claimDue(Vendor vendor, Instant now, Duration lease, int limit) {
        return jdbc.sql("""
                        update vendor_poll p set leased_until = ?
                        from (select device_id from vendor_poll
                              where vendor = ? and next_poll_at <= ? and (leased_until is null or leased_until <= ?)
                              order by next_poll_at limit ? for update skip locked) due
                        where p.device_id = due.device_id
                        returning p.device_id, p.device_type, p.vendor, p.failures""")
                .params(Timestamp.from(now.plus(lease)), vendor.name(), Timestamp.from(now), Timestamp.from(now), limit)
                .query((rs, n) -> new DuePoll(rs.getObject(1, UUID.class), DeviceType.valueOf(rs.getString(2)),
                        new Vendor(rs.getString(3)), rs.getInt(4)))
                .list();
    }

    @Override
    public void reschedule(UUID deviceId, Instant next, int failures) {
        jdbc.sql("update vendor_poll set next_poll_at = ?, failures = ?, leased_until = null where device_id = ?")
                .params(Timestamp.from(next), failures, deviceId)
                .update();
    }

    @Override
    public void remove(Collection<UUID> deviceIds) {
        if (!deviceIds.isEmpty()) {
            jdbc.sql("delete from vendor_poll where device_id = any(?::uuid[])")
                    .param(deviceIds.stream().map(UUID::toString).toArray(String[]::new)).update();
        }
    }
}
