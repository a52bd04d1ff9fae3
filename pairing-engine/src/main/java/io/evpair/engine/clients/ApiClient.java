package io.evpair.engine.clients;

import io.evpair.engine.ids.ClientId;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer backend: owns its users and their devices, authenticates with OAuth2 client credentials.
 * {@code clientId} is the public login name; {@code id} is ours and never leaves the service.
 */
public record ApiClient(ClientId id, String clientId, String name, String secretHash, ClientFeatures features,
                        Instant createdAt, Instant updatedAt) {
    public ApiClient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(features, "features");
    }

    public ApiClient withFeatures(ClientFeatures newFeatures, Instant now) {
        return new ApiClient(id, clientId, name, secretHash, newFeatures, createdAt, now);
    }

    public ApiClient withSecretHash(String newSecretHash, Instant now) {
        return new ApiClient(id, clientId, name, newSecretHash, features, createdAt, now);
    }

    public ApiClient withName(String newName, Instant now) {
        return new ApiClient(id, clientId, newName, secretHash, features, createdAt, now);
    }
}
