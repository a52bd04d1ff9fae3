-- Open questions of the households: a plugged-in charger with two or more candidate vehicles and no decision
-- (issue 16, point 5). One per charger; plugged_in_at names the plug session it is about.
create table pair_question (
    charger_id    uuid primary key references charger (id) on delete cascade,
    client_id     uuid not null,
    user_ref      uuid not null references app_user (id) on delete cascade,
    plugged_in_at timestamptz not null,
    candidates    jsonb not null,
    asked_at      timestamptz not null default now()
);
create index pair_question_user on pair_question (user_ref);
