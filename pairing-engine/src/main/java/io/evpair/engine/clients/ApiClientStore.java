package io.evpair.engine.clients;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageRequest;
import java.util.Optional;
import java.util.function.Consumer;

/** Storage port for API clients. */
public interface ApiClientStore {
    Optional<ApiClient> findByClientId(String clientId);

    Optional<ApiClient> findById(ClientId id);

    Page<ApiClient> list(PageRequest page);

    /** Inserts or updates by {@link ApiClient#id()}. */
    void save(ApiClient client);

    /** Deletes the client and everything it owns (users, devices, webhooks, ...). False when there was none. */
    boolean delete(ClientId id);

    /**
     * The generation of the client's access tokens: a token issued under another one is void. Empty when the
     * client does not exist (any more). Read on every API request, so it must be cheap.
     */
    Optional<Integer> tokenGeneration(ClientId id);

    /** Voids every access token issued to the client so far. */
    void revokeTokens(ClientId id);

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
