package io.evpair.adapters.kafka;

import io.evpair.engine.observations.Observation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One record of the observation log, JSON in the record's value. {@code OBSERVATIONS}: one user's observations
 * from one accepted batch, in received order, keyed by the user. {@code TIME}: a client's time has passed,
 * written to every partition so that each owner hears it after the observations that came before it.
 * {@code REFRESH}: the client changed what it knows of one user's pairs; the owner rebuilds the household.
 */
record LogRecord(Kind kind, UUID clientId, UUID userRef, Instant now, List<Observation> observations) {
    enum Kind { OBSERVATIONS, TIME, REFRESH }

    static LogRecord observations(UUID clientId, UUID userRef, List<Observation> observations) {
        return new LogRecord(Kind.OBSERVATIONS, clientId, userRef, null, observations);
    }

    static LogRecord refresh(UUID clientId, UUID userRef) {
        return new LogRecord(Kind.REFRESH, clientId, userRef, null, null);
    }

    static LogRecord time(UUID clientId, Instant now) {
        return new LogRecord(Kind.TIME, clientId, null, now, null);
    }
}
