package io.evpair.persistence.clients;

import static io.evpair.persistence.sql.ResultSets.instant;

import io.evpair.engine.clients.ApiClient;
import io.evpair.engine.clients.ApiClientStore;
import io.evpair.engine.clients.ChargeRateSource;
import io.evpair.engine.clients.ClientFeatures;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageCursor;
import io.evpair.engine.paging.PageRequest;
import io.evpair.persistence.paging.KeysetSql;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JpaApiClientStore implements ApiClientStore {
    private final ApiClientRepository repository;
    private final JdbcClient jdbc;
    private final TokenGenerations generations;

    JpaApiClientStore(ApiClientRepository repository, JdbcClient jdbc, TokenGenerations generations) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.generations = generations;
    }

    @Override
    public Optional<ApiClient> findByClientId(String clientId) {
        return repository.findByClientId(clientId).map(ApiClientEntity::toDomain);
    }

    @Override
    public Optional<ApiClient> findById(ClientId id) {
        return repository.findById(id.value()).map(ApiClientEntity::toDomain);
    }

    @Override
    public Page<ApiClient> list(PageRequest page) {
        return KeysetSql.read(jdbc, "select * from api_client c", "true", List.of(), "c.created_at", "c.id", page,
                (rs, n) -> new ApiClient(new ClientId(rs.getObject("id", UUID.class)), rs.getString("client_id"), rs.getString("name"),
                        rs.getString("secret_hash"), new ClientFeatures(rs.getBoolean("capability_unlocking"),
                                rs.getBoolean("command_orchestration"), ChargeRateSource.valueOf(rs.getString("charge_rate_source"))),
                        instant(rs, "created_at"), instant(rs, "updated_at")),
                c -> new PageCursor(c.createdAt(), c.id().value()));
    }

    @Override
    public void save(ApiClient client) {
        repository.save(ApiClientEntity.from(client));
    }

    @Override
    public boolean delete(ClientId id) {
        // The schema cascades from api_client to everything the client owns.
        boolean deleted = jdbc.sql("delete from api_client where id = ?").param(id.value()).update() > 0;
        announceTokenChange(id);
        return deleted;
    }

    @Override
    public Optional<Integer> tokenGeneration(ClientId id) {
        return generations.current(id.value(), () -> jdbc.sql("select token_generation from api_client where id = ?").param(id.value())
                .query(Integer.class).optional());
    }

    @Override
    public void revokeTokens(ClientId id) {
        jdbc.sql("update api_client set token_generation = token_generation + 1 where id = ?").param(id.value()).update();
        announceTokenChange(id);
    }

    /** Delivered to every instance's {@link TokenGenerations} when the surrounding transaction commits. */
    private void announceTokenChange(ClientId id) {
        jdbc.sql("select pg_notify('" + TokenGenerations.CHANNEL + "', ?)").param(id.toString()).query().singleRow();
        generations.evict(id.value());
    }
}
