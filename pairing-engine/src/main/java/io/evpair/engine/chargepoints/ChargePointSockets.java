package io.evpair.engine.chargepoints;

import java.util.Optional;
import java.util.UUID;

/**
 * Which instance of evpair holds each charge point's WebSocket (cluster mode), so that a command accepted by any
 * instance reaches the one that can send it. An instance is a process: a new id at every start.
 */
public interface ChargePointSockets {
    /** The charge point connected to {@code instance}; it moves there from wherever it was. */
    void opened(String chargePointId, UUID instance);

    /** The charge point's socket on {@code instance} closed; when it has reconnected elsewhere since, that stays. */
    void closed(String chargePointId, UUID instance);

    /** The instance holding the charge point's socket, if any instance says it does. */
    Optional<UUID> holder(String chargePointId);
}
