-- Charging actions: stored before anything is sent; attempts are claimed here so none is sent twice.
create table charge_action (
    id                     uuid primary key,
    client_id              uuid        not null references api_client (id) on delete cascade,
    user_ref               uuid        not null references app_user (id) on delete cascade,
    target_id              uuid        not null,
    target_type            varchar(10) not null check (target_type in ('VEHICLE', 'CHARGER')),
    kind                   varchar(30) not null check (kind in ('START', 'STOP', 'SET_MAX_CURRENT', 'SET_CHARGE_RATE_LIMIT')),
    value                  double precision,
    state                  varchar(10) not null check (state in ('PENDING', 'CONFIRMED', 'FAILED', 'CANCELLED')),
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    completed_at           timestamptz,
    expires_at             timestamptz not null,
    failure_type           varchar(30),
    failure_detail         text,
    failure_device_id      uuid,
    failure_device_type    varchar(10),
    executor_id            uuid,
    executor_type          varchar(10),
    attempts               integer     not null default 0 check (attempts >= 0),
    next_attempt_at        timestamptz,
    last_sent_at           timestamptz,
    check ((state = 'PENDING') = (completed_at is null))
);
create index charge_action_pending_by_target on charge_action (target_id) where state = 'PENDING';
create index charge_action_pending_by_user on charge_action (user_ref) where state = 'PENDING';
create index charge_action_pending_by_client on charge_action (client_id) where state = 'PENDING';
