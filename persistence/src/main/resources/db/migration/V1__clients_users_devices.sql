-- API clients: customer backends. The secret is stored only as a hash the token endpoint verifies.
create table api_client (
    id                    uuid primary key,
    client_id             varchar(100) not null unique check (length(client_id) > 0),
    name                  varchar(200) not null,
    secret_hash           varchar(200) not null,
    capability_unlocking  boolean      not null default true,
    command_orchestration boolean      not null default true,
    charge_rate_source    varchar(20)  not null default 'CHARGER'
        check (charge_rate_source in ('CHARGER', 'VEHICLE_ESTIMATE')),
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null
);

-- The key that signs access tokens, shared by every instance and kept across restarts.
create table token_signing_key (
    key_id      varchar(100) primary key,
    private_key bytea        not null,
    public_key  bytea        not null,
    created_at  timestamptz  not null default now()
);

-- A client's end users, named by the client's own user id.
create table app_user (
    id         uuid primary key,
    client_id  uuid         not null references api_client (id) on delete cascade,
    user_id    varchar(200) not null check (length(user_id) > 0),
    created_at timestamptz  not null,
    unique (client_id, user_id),
    -- lets devices reference (user, client) together so a device can never sit under another client's user
    unique (id, client_id)
);

create table vehicle (
    id                        uuid primary key,
    client_id                 uuid         not null,
    user_ref                  uuid         not null,
    vendor                    varchar(50)  not null,
    vendor_device_id          varchar(200) not null check (length(vendor_device_id) > 0),
    vin                       varchar(50),
    brand                     varchar(100),
    model                     varchar(100),
    model_year                integer,
    display_name              varchar(200),
    battery_capacity_kwh      double precision check (battery_capacity_kwh > 0),
    can_start_charging        boolean      not null,
    can_stop_charging         boolean      not null,
    can_set_charge_rate_limit boolean      not null,
    can_set_max_current       boolean      not null,
    created_at                timestamptz  not null,
    unique (client_id, vendor, vendor_device_id),
    foreign key (user_ref, client_id) references app_user (id, client_id) on delete cascade
);
create index vehicle_client_listing on vehicle (client_id, created_at desc, id desc);
create index vehicle_user_listing on vehicle (user_ref, created_at desc, id desc);

create table charger (
    id                        uuid primary key,
    client_id                 uuid         not null,
    user_ref                  uuid         not null,
    vendor                    varchar(50)  not null,
    vendor_device_id          varchar(200) not null check (length(vendor_device_id) > 0),
    brand                     varchar(100),
    model                     varchar(100),
    model_year                integer,
    serial_number             varchar(100),
    address_latitude          double precision check (address_latitude between -90 and 90),
    address_longitude         double precision check (address_longitude between -180 and 180),
    can_start_charging        boolean      not null,
    can_stop_charging         boolean      not null,
    can_set_charge_rate_limit boolean      not null,
    can_set_max_current       boolean      not null,
    created_at                timestamptz  not null,
    unique (client_id, vendor, vendor_device_id),
    foreign key (user_ref, client_id) references app_user (id, client_id) on delete cascade,
    check ((address_latitude is null) = (address_longitude is null))
);
create index charger_client_listing on charger (client_id, created_at desc, id desc);
create index charger_user_listing on charger (user_ref, created_at desc, id desc);
