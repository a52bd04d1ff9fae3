-- Cluster mode (docs/scale-out.md): which instance holds each OCPP charge point's WebSocket, and the commands
-- other instances relay to it through this table. Unused by a single instance.
create table ocpp_socket (
    charge_point_id varchar(200) primary key,
    instance_id     uuid         not null,
    connected_at    timestamptz  not null default now()
);

create table ocpp_relayed_command (
    id              uuid primary key,
    instance_id     uuid             not null,
    charger_id      uuid             not null,
    charge_point_id varchar(200)     not null,
    command         varchar(30)      not null check (command in ('START', 'STOP', 'SET_MAX_CURRENT', 'SET_CHARGE_RATE_LIMIT')),
    value           double precision,
    requested_at    timestamptz      not null default now(),
    outcome         varchar(20)      check (outcome in ('SENDING', 'ACCEPTED', 'REJECTED', 'NO_RESPONSE', 'UNREACHABLE')),
    detail          text
);
create index ocpp_relayed_command_waiting on ocpp_relayed_command (instance_id) where outcome is null;
