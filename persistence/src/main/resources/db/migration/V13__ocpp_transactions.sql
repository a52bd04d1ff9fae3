-- OCPP transactions, kept so that a charge point's running transaction outlives its socket and our restarts
-- (issue 17): STOP after a reconnect needs the transaction id. OCPP 1.6 lets the central system number
-- transactions (an integer, from ocpp_transaction_number: unique across instances); OCPP 2.0.1 charging stations
-- name their own (a string of up to 36 characters), hence text.
create sequence ocpp_transaction_number as integer minvalue 1 maxvalue 2147483647 cycle;

create table ocpp_transaction (
    charge_point_id  varchar(200)     not null references ocpp_charge_point (charge_point_id) on delete cascade,
    transaction_id   varchar(36)      not null,
    connector_id     integer          not null,
    -- the StartTransaction's message id: a retransmission of it answers the same transaction
    start_message_id varchar(36),
    id_tag           varchar(255),
    meter_start_wh   double precision,
    started_at       timestamptz      not null,
    stopped_at       timestamptz,
    primary key (charge_point_id, transaction_id)
);
create index ocpp_transaction_running on ocpp_transaction (charge_point_id) where stopped_at is null;
create index ocpp_transaction_start_message on ocpp_transaction (charge_point_id, start_message_id);
