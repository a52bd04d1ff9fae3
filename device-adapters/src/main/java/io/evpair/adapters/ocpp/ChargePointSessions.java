package io.evpair.adapters.ocpp;

import java.util.Optional;

/**
 * Where the live connection of a charge point is. On one instance that is a map; when evpair runs on several,
 * the clustering issue puts routing to the instance holding the socket behind this same interface.
 */
public interface ChargePointSessions {
    Optional<ChargePointConnection> find(String chargePointId);

    void opened(ChargePointConnection connection);

    void closed(ChargePointConnection connection);

    /** Whether the charge point's socket is open on some instance. */
    default boolean connected(String chargePointId) {
        return find(chargePointId).isPresent();
    }
}
