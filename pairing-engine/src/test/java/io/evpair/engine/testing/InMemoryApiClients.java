package io.evpair.engine.testing;

import io.evpair.engine.clients.ApiClient;
import io.evpair.engine.clients.ApiClientStore;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** API clients by our id. */
public final class InMemoryApiClients implements ApiClientStore {
    private final Map<ClientId, ApiClient> clients = new ConcurrentHashMap<>();
    private final Map<ClientId, Integer> tokenGenerations = new ConcurrentHashMap<>();

    @Override
    public Optional<ApiClient> findByClientId(String clientId) {
        return clients.values().stream().filter(c -> c.clientId().equals(clientId)).findFirst();
    }

    @Override
    public Optional<ApiClient> findById(ClientId id) {
        return Optional.ofNullable(clients.get(id));
    }

    @Override
    public Page<ApiClient> list(PageRequest page) {
        return Pages.first(List.copyOf(clients.values()), Comparator.comparing(ApiClient::createdAt).reversed(), page);
    }

    @Override
    public void save(ApiClient client) {
        clients.put(client.id(), client);
    }

    @Override
    public boolean delete(ClientId id) {
        tokenGenerations.remove(id);
        return clients.remove(id) != null;
    }

    @Override
    public Optional<Integer> tokenGeneration(ClientId id) {
        return clients.containsKey(id) ? Optional.of(tokenGenerations.getOrDefault(id, 0)) : Optional.empty();
    }

    @Override
    public void revokeTokens(ClientId id) {
        tokenGenerations.merge(id, 1, Integer::sum);
    }
}
