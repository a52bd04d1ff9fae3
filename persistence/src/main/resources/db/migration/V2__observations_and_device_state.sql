-- Every observation, append-only. Rows are never updated; a retention job deletes old ones in batches
-- (see docs/telemetry.md). "fingerprint" identifies a delivery by its whole content, so that the same
-- report delivered twice is stored once.
create table observation (
    seq            bigint generated always as identity primary key,
    device_id      uuid             not null,
    device_type    varchar(10)      not null check (device_type in ('VEHICLE', 'CHARGER')),
    client_id      uuid             not null references api_client (id) on delete cascade,
    user_ref       uuid             not null,
    observed_at    timestamptz      not null,
    received_at    timestamptz      not null,
    plugged_in     boolean,
    charging       boolean,
    charge_rate_kw double precision,
    battery_level  double precision check (battery_level between 0 and 100),
    latitude       double precision check (latitude between -90 and 90),
    longitude      double precision check (longitude between -180 and 180),
    meter_kwh      double precision,
    fingerprint    bigint           not null,
    check ((latitude is null) = (longitude is null))
);
create unique index observation_once on observation (device_id, fingerprint);
create index observation_by_device on observation (device_id, observed_at);
create index observation_by_user on observation (user_ref, seq);
create index observation_by_client_age on observation (client_id, received_at);

-- The projected live state of each device. Deleted with the device.
create table device_state (
    device_id           uuid primary key,
    device_type         varchar(10)      not null check (device_type in ('VEHICLE', 'CHARGER')),
    last_seen           timestamptz,
    last_updated        timestamptz,
    plugged_in          boolean,
    charging            boolean,
    charge_rate_kw      double precision,
    battery_level       double precision,
    latitude            double precision,
    longitude           double precision,
    position_updated_at timestamptz,
    meter_kwh           double precision
);

-- The simulator's virtual clock of each API client: moves forward only.
create table simulator_clock (
    client_id uuid primary key references api_client (id) on delete cascade,
    now       timestamptz not null
);

-- Device rows are deleted by cascade from app_user; their state and observations go with them.
create function forget_device_telemetry() returns trigger language plpgsql as $$
begin
    delete from device_state where device_id = old.id;
    delete from observation where device_id = old.id;
    return old;
end $$;
create trigger vehicle_forget_telemetry after delete on vehicle for each row execute function forget_device_telemetry();
create trigger charger_forget_telemetry after delete on charger for each row execute function forget_device_telemetry();
