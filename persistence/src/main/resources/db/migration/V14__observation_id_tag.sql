-- Who a charger says plugged in (OCPP idTag / idToken, RFID card, ISO 15118 vehicle id, vendor session token).
-- Nullable: most reports say nothing about it. The pairing engine learns from it, so a rebuild needs it.
alter table observation add column id_tag varchar(255);
