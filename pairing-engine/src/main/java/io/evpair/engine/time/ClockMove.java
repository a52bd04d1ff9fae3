package io.evpair.engine.time;

import io.evpair.engine.ids.ClientId;
import java.time.Instant;

/** A client's virtual clock moved to at least {@code to} (never back). */
public record ClockMove(ClientId clientId, Instant to) {
}
