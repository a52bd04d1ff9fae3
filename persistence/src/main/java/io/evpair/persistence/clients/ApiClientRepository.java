package io.evpair.persistence.clients;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiClientRepository extends JpaRepository<ApiClientEntity, UUID> {
    Optional<ApiClientEntity> findByClientId(String clientId);
}
