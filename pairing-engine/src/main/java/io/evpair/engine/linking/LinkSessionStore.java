package io.evpair.engine.linking;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Storage port for link sessions. */
public interface LinkSessionStore {
    void insert(LinkSession session);

    Optional<LinkSession> findByTokenHash(String tokenHash);

    Optional<LinkSession> find(UUID sessionId);

    /**
     * Marks the session used at {@code at} unless it already is; true when this call did it. Two charge
     * points racing with one token: exactly one gets true.
     */
    boolean markUsed(UUID sessionId, Instant at);
}
