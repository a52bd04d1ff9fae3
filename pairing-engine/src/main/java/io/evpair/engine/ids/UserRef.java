package io.evpair.engine.ids;

import java.util.Objects;
import java.util.UUID;

/** Our internal id of a user (`app_user.id`), not the client's `userId` string, which is unique per client only. */
public record UserRef(UUID value) {
    public UserRef {
        Objects.requireNonNull(value, "userRef");
    }

    /** The bare UUID, so logs, error messages and webhook bodies read as before. */
    @Override
    public String toString() {
        return value.toString();
    }
}
