-- Pair activations: the read model of the pairing engine's decisions (V3 is the link sessions' migration).
create table charging_pair (
    id             uuid primary key,
    client_id      uuid             not null references api_client (id) on delete cascade,
    user_ref       uuid             not null references app_user (id) on delete cascade,
    vehicle_id     uuid             not null references vehicle (id) on delete cascade,
    charger_id     uuid             not null references charger (id) on delete cascade,
    plugged_in_at  timestamptz,
    paired_at      timestamptz      not null,
    unpaired_at    timestamptz,
    unpair_reason  varchar(50),
    confidence     double precision not null check (confidence between 0 and 1),
    evidence       jsonb            not null default '{}',
    check (unpaired_at is null or unpaired_at >= paired_at)
);
-- Exclusivity, enforced by the database too: a vehicle on one charger, a charger holding one vehicle.
create unique index charging_pair_one_per_vehicle on charging_pair (vehicle_id) where unpaired_at is null;
create unique index charging_pair_one_per_charger on charging_pair (charger_id) where unpaired_at is null;
create index charging_pair_active_by_client on charging_pair (client_id, paired_at desc, id desc) where unpaired_at is null;
create index charging_pair_history on charging_pair (user_ref, paired_at desc, id desc);
