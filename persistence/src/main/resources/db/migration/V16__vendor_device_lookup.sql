-- Vendors push state by their own device id without knowing our clients (Smartcar webhooks): find every linked
-- copy of a vendor's device without scanning (the unique keys start with client_id).
create index vehicle_vendor_device on vehicle (vendor, vendor_device_id);
create index charger_vendor_device on charger (vendor, vendor_device_id);
