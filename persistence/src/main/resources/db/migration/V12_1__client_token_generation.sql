-- Access tokens carry the generation of their client at issue time; revoking the client's tokens (or rotating
-- its secret) moves the generation on, and every instance refuses older tokens on the next request.
alter table api_client add column token_generation integer not null default 0;
