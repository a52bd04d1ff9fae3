package io.evpair.engine.clients;

import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Storage port for API clients. */
public interface ApiClientStore {
    Optional<ApiClient> findByClientId(String clientId);

    Optional<ApiClient> findById(UUID id);

    Page<ApiClient> list(PageRequest page);

    /** Inserts or updates by {@link ApiClient#id()}. */
    void save(ApiClient client);
}
