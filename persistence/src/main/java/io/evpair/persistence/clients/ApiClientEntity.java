package io.evpair.persistence.clients;

import io.evpair.engine.clients.ApiClient;
import io.evpair.engine.clients.ChargeRateSource;
import io.evpair.engine.clients.ClientFeatures;
import io.evpair.engine.ids.ClientId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "api_client")
class ApiClientEntity {
    @Id
    private UUID id;
    @Column(name = "client_id", nullable = false, unique = true)
    private String clientId;
    @Column(nullable = false)
    private String name;
    @Column(name = "secret_hash", nullable = false)
    private String secretHash;
    @Column(name = "capability_unlocking", nullable = false)
    private boolean capabilityUnlocking;
    @Column(name = "command_orchestration", nullable = false)
    private boolean commandOrchestration;
    @Enumerated(EnumType.STRING)
    @Column(name = "charge_rate_source", nullable = false)
    private ChargeRateSource chargeRateSource;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ApiClientEntity() {
    }

    static ApiClientEntity from(ApiClient client) {
        ApiClientEntity e = new ApiClientEntity();
        e.id = client.id().value();
        e.clientId = client.clientId();
        e.name = client.name();
        e.secretHash = client.secretHash();
        e.capabilityUnlocking = client.features().capabilityUnlocking();
        e.commandOrchestration = client.features().commandOrchestration();
        e.chargeRateSource = client.features().chargeRateSource();
        e.createdAt = client.createdAt();
        e.updatedAt = client.updatedAt();
        return e;
    }

    ApiClient toDomain() {
        return new ApiClient(new ClientId(id), clientId, name, secretHash,
                new ClientFeatures(capabilityUnlocking, commandOrchestration, chargeRateSource), createdAt, updatedAt);
    }
}
