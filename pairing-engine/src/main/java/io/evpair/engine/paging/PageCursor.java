package io.evpair.engine.paging;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A position in a newest-first listing: the creation time and id of one item.
 * The id breaks ties between items created in the same microsecond.
 */
public record PageCursor(Instant createdAt, UUID id) {
    public PageCursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }
}
