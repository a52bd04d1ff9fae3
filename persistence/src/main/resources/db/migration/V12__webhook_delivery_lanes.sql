-- Deliveries of one webhook go out on several lanes at once; all events of one user share a lane, and a lane
-- sends its oldest undelivered event first and nothing else while that is in flight or backing off, so the
-- events of one user (and so of each of its devices) never overtake each other. Rows older than this
-- migration are on lane 0.
alter table webhook_outbox add column lane smallint not null default 0;
create index webhook_outbox_lane on webhook_outbox (webhook_id, lane, id) where delivered_at is null;
