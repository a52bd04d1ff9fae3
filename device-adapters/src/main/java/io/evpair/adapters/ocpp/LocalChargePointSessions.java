package io.evpair.adapters.ocpp;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The connections held by this instance. A charge point that reconnects replaces its old connection. */
public final class LocalChargePointSessions implements ChargePointSessions {
    private final Map<String, ChargePointConnection> connections = new ConcurrentHashMap<>();

    @Override
    public Optional<ChargePointConnection> find(String chargePointId) {
        return Optional.ofNullable(connections.get(chargePointId));
    }

    @Override
    public void opened(ChargePointConnection connection) {
        connections.put(connection.chargePointId(), connection);
    }

    /** Removes the connection only if it is still the current one, so a late close cannot drop its successor. */
    @Override
    public void closed(ChargePointConnection connection) {
        connections.remove(connection.chargePointId(), connection);
    }
}
