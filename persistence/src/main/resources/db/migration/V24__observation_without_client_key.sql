-- Every observation row checked its client against api_client, and the check's FOR KEY SHARE lock on the one
-- client row that all concurrent ingest transactions share turned into multixacts. The key was never what
-- removed a client's observations: deleting a client cascades to its users and their devices, and each device's
-- deletion removes its observations (V2's forget_device_telemetry).
alter table observation drop constraint observation_client_id_fkey;
