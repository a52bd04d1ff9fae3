-- Client webhooks and their transactional outbox.
create table webhook (
    id              uuid primary key,
    client_id       uuid          not null references api_client (id) on delete cascade,
    url             varchar(2000) not null,
    secret          varchar(200)  not null,
    events          text[]        not null default '{}',
    active          boolean       not null default true,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    last_success_at timestamptz,
    failing_since   timestamptz,
    last_failure    text
);
create index webhook_by_client on webhook (client_id);

-- One row per (webhook, event), written in the transaction of the change that caused the event.
-- A delivery is leased by moving next_attempt_at forward before it is sent, so a process that dies while
-- sending loses nothing: the lease runs out and the event goes again (at least once).
create table webhook_outbox (
    id              bigint generated always as identity primary key,
    webhook_id      uuid        not null references webhook (id) on delete cascade,
    event           jsonb       not null,
    created_at      timestamptz not null default now(),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    delivered_at    timestamptz
);
create index webhook_outbox_due on webhook_outbox (webhook_id, next_attempt_at) where delivered_at is null;
