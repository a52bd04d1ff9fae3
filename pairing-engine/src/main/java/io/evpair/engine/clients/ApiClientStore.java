package io.evpair.engine.clients;

import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageRequest;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Storage port for API clients. */
public interface ApiClientStore {
    Optional<ApiClient> findByClientId(String clientId);

    Optional<ApiClient> findById(UUID id);

    Page<ApiClient> list(PageRequest page);

    /** Inserts or updates by {@link ApiClient#id()}. */
    void save(ApiClient client);

    /** Visits every client, a page at a time, for housekeeping that runs per client. */
    default void forEach(Consumer<ApiClient> action) {
        PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
        while (true) {
            Page<ApiClient> batch = list(page);
            batch.items().forEach(action);
            if (batch.after().isEmpty()) {
                return;
            }
            page = new PageRequest(PageRequest.MAX_SIZE, batch.after(), Optional.empty());
        }
    }
}
