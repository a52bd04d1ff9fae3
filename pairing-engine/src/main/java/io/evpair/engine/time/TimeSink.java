package io.evpair.engine.time;

import io.evpair.engine.ids.ClientId;
import java.time.Instant;

/**
 * Where "time has passed for a client" enters the engine, so that timeouts and waiting decisions happen: the
 * observation pipeline in one instance; in a cluster, a message to every partition's owner.
 */
public interface TimeSink {
    void timePassed(ClientId clientId, Instant now);
}
