package io.evpair.persistence.devices;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ChargerRepository extends JpaRepository<ChargerEntity, UUID> {
    @Modifying
    @Query(value = """
            insert into charger (id, client_id, user_ref, vendor, vendor_device_id, brand, model, model_year,
                                 serial_number, address_latitude, address_longitude, can_start_charging,
                                 can_stop_charging, can_set_charge_rate_limit, can_set_max_current, created_at)
            values (:id, :clientId, :userRef, :vendor, :vendorDeviceId, :brand, :model, :year, :serialNumber,
                    :latitude, :longitude, :canStart, :canStop, :canLimitRate, :canLimitCurrent, :createdAt)
            on conflict (client_id, vendor, vendor_device_id) do nothing""", nativeQuery = true)
    int insertIfAbsent(UUID id, UUID clientId, UUID userRef, String vendor, String vendorDeviceId, String brand,
                       String model, Integer year, String serialNumber, Double latitude, Double longitude,
                       boolean canStart, boolean canStop, boolean canLimitRate, boolean canLimitCurrent,
                       Instant createdAt);
}
