package io.evpair.persistence.devices;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface VehicleRepository extends JpaRepository<VehicleEntity, UUID> {
    /** Linking the same vendor device twice at once must leave one row and fail neither call. */
    @Modifying
    @Query(value = """
            insert into vehicle (id, client_id, user_ref, vendor, vendor_device_id, vin, brand, model, model_year,
                                 display_name, battery_capacity_kwh, can_start_charging, can_stop_charging,
                                 can_set_charge_rate_limit, can_set_max_current, created_at)
            values (:id, :clientId, :userRef, :vendor, :vendorDeviceId, :vin, :brand, :model, :year,
                    :displayName, :batteryCapacityKwh, :canStart, :canStop, :canLimitRate, :canLimitCurrent, :createdAt)
            on conflict (client_id, vendor, vendor_device_id) do nothing""", nativeQuery = true)
    int insertIfAbsent(UUID id, UUID clientId, UUID userRef, String vendor, String vendorDeviceId, String vin,
                       String brand, String model, Integer year, String displayName, Double batteryCapacityKwh,
                       boolean canStart, boolean canStop, boolean canLimitRate, boolean canLimitCurrent,
                       Instant createdAt);
}
