package io.evpair.persistence.clients;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ApiClientRepository extends JpaRepository<ApiClientEntity, UUID>, JpaSpecificationExecutor<ApiClientEntity> {
    Optional<ApiClientEntity> findByClientId(String clientId);
}
