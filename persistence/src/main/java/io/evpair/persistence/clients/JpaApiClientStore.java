package io.evpair.persistence.clients;

import io.evpair.engine.clients.ApiClient;
import io.evpair.engine.clients.ApiClientStore;
import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageCursor;
import io.evpair.engine.paging.PageRequest;
import io.evpair.persistence.paging.KeysetPaging;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

@Component
class JpaApiClientStore implements ApiClientStore {
    private final ApiClientRepository repository;

    JpaApiClientStore(ApiClientRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<ApiClient> findByClientId(String clientId) {
        return repository.findByClientId(clientId).map(ApiClientEntity::toDomain);
    }

    @Override
    public Optional<ApiClient> findById(UUID id) {
        return repository.findById(id).map(ApiClientEntity::toDomain);
    }

    @Override
    public Page<ApiClient> list(PageRequest page) {
        return KeysetPaging.read(repository, Specification.unrestricted(), page, ApiClientEntity::toDomain,
                c -> new PageCursor(c.createdAt(), c.id()));
    }

    @Override
    public void save(ApiClient client) {
        repository.save(ApiClientEntity.from(client));
    }
}
