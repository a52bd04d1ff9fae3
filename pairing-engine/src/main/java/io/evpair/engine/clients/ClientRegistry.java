package io.evpair.engine.clients;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageRequest;
import io.evpair.engine.transaction.Transactions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Operator use cases: register API clients, read them, change their features, rotate their secrets, revoke
 * their tokens and delete them.
 */
public class ClientRegistry {
    private static final int SECRET_BYTES = 32;

    private final ApiClientStore store;
    private final SecretHasher hasher;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ClientRegistry(ApiClientStore store, SecretHasher hasher, Transactions transactions, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Registers a client with a generated secret; a {@code clientId} is generated when none is asked for. */
    public IssuedCredentials register(String name, Optional<String> requestedClientId, ClientFeatures features) {
        String secret = randomToken();
        return register(name, requestedClientId, secret, features);
    }

    /**
     * Registers a client with a secret chosen by the caller. Only for the development client, whose
     * well-known secret is part of the local walk-through; operators get generated secrets.
     */
    public IssuedCredentials register(String name, Optional<String> requestedClientId, String secret, ClientFeatures features) {
        return transactions.inTransaction(() -> {
            String clientId = requestedClientId.orElseGet(() -> "client-" + randomToken().substring(0, 16).toLowerCase());
            if (store.findByClientId(clientId).isPresent()) {
                throw new ClientIdTakenException(clientId);
            }
            Instant now = now();
            ApiClient client = new ApiClient(new ClientId(UUID.randomUUID()), clientId, name, hasher.hash(secret), features, now, now);
            store.save(client);
            return new IssuedCredentials(client, secret);
        });
    }

    public Optional<ApiClient> find(String clientId) {
        return store.findByClientId(clientId);
    }

    public Optional<ApiClient> find(ClientId id) {
        return store.findById(id);
    }

    public Page<ApiClient> list(PageRequest page) {
        return store.list(page);
    }

    /** Changes the name and features that are given; the others stay as they are. */
    public Optional<ApiClient> update(String clientId, Optional<String> name, Optional<Boolean> capabilityUnlocking,
                                      Optional<Boolean> commandOrchestration, Optional<ChargeRateSource> chargeRateSource) {
        return transactions.inTransaction(() -> store.findByClientId(clientId).map(client -> {
            Instant now = now();
            ClientFeatures old = client.features();
            ClientFeatures features = new ClientFeatures(
                    capabilityUnlocking.orElse(old.capabilityUnlocking()),
                    commandOrchestration.orElse(old.commandOrchestration()),
                    chargeRateSource.orElse(old.chargeRateSource()));
            ApiClient updated = client.withFeatures(features, now).withName(name.orElse(client.name()), now);
            store.save(updated);
            return updated;
        }));
    }

    /** Deletes the client with all it owns; its tokens die with it. False when there is no such client. */
    public boolean delete(String clientId) {
        return transactions.inTransaction(() -> store.findByClientId(clientId).map(c -> store.delete(c.id())).orElse(false));
    }

    /** A new generated secret, shown this once; the old secret and every token issued so far stop working. */
    public Optional<IssuedCredentials> rotateSecret(String clientId) {
        String secret = randomToken();
        return transactions.inTransaction(() -> store.findByClientId(clientId).map(client -> {
            ApiClient rotated = client.withSecretHash(hasher.hash(secret), now());
            store.save(rotated);
            store.revokeTokens(client.id());
            return new IssuedCredentials(rotated, secret);
        }));
    }

    /** Every token issued to the client so far stops working; its secret stays. False when there is no such client. */
    public boolean revokeTokens(String clientId) {
        return transactions.inTransaction(() -> store.findByClientId(clientId).map(client -> {
            store.revokeTokens(client.id());
            return true;
        }).orElse(false));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private String randomToken() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
