package io.evpair.engine.users;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;
import java.time.Instant;
import java.util.Objects;

/**
 * An API client's end user, named by the client's own {@code userId}. {@code id} is ours;
 * the pair ({@code clientId}, {@code userId}) is unique.
 */
public record User(UserRef id, ClientId clientId, String userId, Instant createdAt) {
    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
