package io.evpair.engine.ids;

import java.util.Objects;
import java.util.UUID;

/** An API client (a tenant): every read of devices, pairs and actions is scoped to one. */
public record ClientId(UUID value) {
    public ClientId {
        Objects.requireNonNull(value, "clientId");
    }

    public static ClientId parse(String value) {
        return new ClientId(UUID.fromString(value));
    }

    /** The bare UUID, so logs, error messages and webhook bodies read as before. */
    @Override
    public String toString() {
        return value.toString();
    }
}
