-- Reports dated far ahead of their receipt (a device clock a year fast, a wrong API value) left device states whose
-- last_updated no later report could overtake: the device's state stopped changing. Ingest now dates such a report
-- at its receipt (evpair.observations.max-clock-skew, default 10 minutes); this brings the states already written
-- back to the time they were received, so that the next real report counts again.
update device_state
   set last_updated = last_seen
 where last_seen is not null
   and last_updated > last_seen + interval '10 minutes';

update device_state
   set position_updated_at = last_seen
 where last_seen is not null
   and position_updated_at > last_seen + interval '10 minutes';
