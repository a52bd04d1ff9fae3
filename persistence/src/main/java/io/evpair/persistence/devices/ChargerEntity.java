package io.evpair.persistence.devices;

import io.evpair.persistence.users.UserEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "charger")
class ChargerEntity {
    @Id
    private UUID id;
    @Column(name = "client_id", nullable = false)
    private UUID clientId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_ref", nullable = false)
    private UserEntity user;
    @Column(nullable = false)
    private String vendor;
    @Column(name = "vendor_device_id", nullable = false)
    private String vendorDeviceId;
    private String brand;
    private String model;
    @Column(name = "model_year")
    private Integer year;
    @Column(name = "serial_number")
    private String serialNumber;
    @Column(name = "address_latitude")
    private Double addressLatitude;
    @Column(name = "address_longitude")
    private Double addressLongitude;
    @Column(name = "can_start_charging", nullable = false)
    private boolean canStartCharging;
    @Column(name = "can_stop_charging", nullable = false)
    private boolean canStopCharging;
    @Column(name = "can_set_charge_rate_limit", nullable = false)
    private boolean canSetChargeRateLimit;
    @Column(name = "can_set_max_current", nullable = false)
    private boolean canSetMaxCurrent;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ChargerEntity() {
    }
}
