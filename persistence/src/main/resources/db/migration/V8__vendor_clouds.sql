-- Vendor clouds (issue #10): linked OAuth2 accounts, the states of pending authorizations, and device polls.

-- A cloud link without vendorType links every kind of device its scopes name.
alter table link_session alter column vendor_type drop not null;

-- One trip to a vendor's authorization page. Only the SHA-256 of the state is kept; the PKCE verifier is
-- useless without the authorization code, which only the vendor's redirect carries, once.
create table vendor_authorization (
    state_hash      char(64) primary key,
    link_session_id uuid          not null references link_session (id) on delete cascade,
    code_verifier   varchar(128)  not null,
    redirect_uri    varchar(2000) not null,
    created_at      timestamptz   not null,
    used_at         timestamptz
);

-- A user's account at a vendor. Tokens are AES-256-GCM ciphertexts (12-byte nonce || ciphertext+tag) under
-- evpair.vendors.token-key; the key never reaches the database.
create table vendor_account (
    id            uuid primary key,
    client_id     uuid        not null,
    user_ref      uuid        not null,
    vendor        varchar(50) not null,
    access_token  bytea       not null,
    refresh_token bytea,
    expires_at    timestamptz not null,
    needs_relink  boolean     not null default false,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    unique (user_ref, vendor),
    foreign key (user_ref, client_id) references app_user (id, client_id) on delete cascade
);

-- When each vendor-cloud device is polled next. A claim sets leased_until; others skip the row until then
-- (FOR UPDATE SKIP LOCKED while claiming), so a poll never runs twice at once on any number of instances.
create table vendor_poll (
    device_id    uuid primary key,
    device_type  varchar(10) not null check (device_type in ('VEHICLE', 'CHARGER')),
    vendor       varchar(50) not null,
    next_poll_at timestamptz not null,
    leased_until timestamptz,
    failures     integer     not null default 0
);
create index vendor_poll_due on vendor_poll (vendor, next_poll_at);
