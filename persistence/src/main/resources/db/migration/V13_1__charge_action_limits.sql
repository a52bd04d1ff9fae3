-- The limits each charger took (chargeState.maxCurrent / chargeRateLimit): the newest accepted action of each kind.
create index charge_action_limits on charge_action (executor_id, kind, updated_at desc)
    where kind in ('SET_MAX_CURRENT', 'SET_CHARGE_RATE_LIMIT');
