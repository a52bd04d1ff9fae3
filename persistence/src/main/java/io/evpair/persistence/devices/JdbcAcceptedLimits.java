package io.evpair.persistence.devices;

import io.evpair.engine.devices.AcceptedLimits;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import io.evpair.persistence.sql.SqlArrays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the limits from the actions that carried them out: CONFIRMED, or PENDING and accepted by the device
 * (sent, no retry due). Index {@code charge_action_limits} (V13_1).
 */
@Component
class JdbcAcceptedLimits implements AcceptedLimits {
    private final JdbcTemplate jdbc;

    JdbcAcceptedLimits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, ChargerLimits> of(Collection<UUID> chargerIds) {
        Map<UUID, ChargerLimits> limits = new HashMap<>();
        if (chargerIds.isEmpty()) {
            return limits;
        }
        SqlArrays.query(jdbc, """
                        select distinct on (executor_id, kind) executor_id, kind, value
                        from charge_action
                        where executor_id = any(?) and executor_type = 'CHARGER'
                          and kind in ('SET_MAX_CURRENT', 'SET_CHARGE_RATE_LIMIT')
                          and (state = 'CONFIRMED' or (state = 'PENDING' and attempts > 0 and next_attempt_at is null))
                        order by executor_id, kind, updated_at desc""", rs -> {
                    UUID charger = rs.getObject(1, UUID.class);
                    Double value = rs.getObject(3, Double.class);
                    ChargerLimits before = limits.getOrDefault(charger, ChargerLimits.NONE);
                    limits.put(charger, rs.getString(2).equals("SET_MAX_CURRENT")
                            ? new ChargerLimits(value, before.chargeRateLimit())
                            : new ChargerLimits(before.maxCurrent(), value));
                }, chargerIds.toArray(UUID[]::new));
        return limits;
    }
}
