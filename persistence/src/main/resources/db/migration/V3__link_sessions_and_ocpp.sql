-- Link sessions: a client starts one for its user; the device side completes it with the single-use token.
-- Only the token's SHA-256 is kept (the token is 160 random bits, so no salt or slow hash is needed).
create table link_session (
    id           uuid primary key,
    client_id    uuid          not null,
    user_ref     uuid          not null,
    vendor       varchar(50)   not null,
    vendor_type  varchar(20)   not null check (vendor_type in ('VEHICLE', 'CHARGER')),
    scopes       varchar(2000) not null,
    language     varchar(35)   not null,
    redirect_uri varchar(2000) not null,
    token_hash   char(64)      not null unique,
    created_at   timestamptz   not null,
    expires_at   timestamptz   not null,
    used_at      timestamptz,
    -- deleting the user ends its pending links too
    foreign key (user_ref, client_id) references app_user (id, client_id) on delete cascade
);
create index link_session_expiry on link_session (expires_at);

-- OCPP charge points that claimed themselves with a link token. The identity is global (it is the URL path
-- /ocpp/{chargePointId}); the password hash is the SHA-256 of the token it claimed itself with. Deleting the
-- charger frees the identity for a new claim.
create table ocpp_charge_point (
    charge_point_id varchar(200) primary key check (length(charge_point_id) > 0),
    charger_id      uuid         not null unique references charger (id) on delete cascade,
    client_id       uuid         not null,
    password_hash   char(64)     not null,
    claimed_at      timestamptz  not null
);
