-- The simulated OEM's per-device behaviour and the commands it received (SPEC 6.1).
create table simulator_behaviour (
    device_id uuid primary key,
    behaviour varchar(20) not null check (behaviour in ('ACCEPT', 'REJECT', 'TIME_OUT', 'OFFLINE'))
);

create table simulator_command (
    id               uuid primary key,
    device_id        uuid             not null,
    vendor_device_id varchar(200)     not null,
    device_type      varchar(10)      not null check (device_type in ('VEHICLE', 'CHARGER')),
    command          varchar(40)      not null,
    value            double precision,
    received_at      timestamptz      not null,
    outcome          varchar(20)      not null
);
create index simulator_command_by_device on simulator_command (device_id, received_at);
