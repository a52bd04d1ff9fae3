package io.evpair.engine.ids;

import java.util.Objects;
import java.util.UUID;

/** A charge action's id. */
public record ActionId(UUID value) {
    public ActionId {
        Objects.requireNonNull(value, "actionId");
    }

    /** The bare UUID, so logs, error messages and webhook bodies read as before. */
    @Override
    public String toString() {
        return value.toString();
    }
}
