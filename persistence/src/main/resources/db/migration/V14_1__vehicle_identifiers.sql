-- Identifiers a client declared for a vehicle (PUT /vehicles/{id}/identifiers): what a charger shows when that
-- car plugs in (RFID card, ISO 15118 / Autocharge vehicle id, OCPP idTag). Learned ones live in the engine's memory.
create table vehicle_identifier (
    vehicle_id uuid         not null references vehicle (id) on delete cascade,
    client_id  uuid         not null,
    value      varchar(255) not null check (length(value) > 0),
    position   integer      not null,
    primary key (vehicle_id, value)
);
