package io.evpair.adapters.ocpp;

import io.evpair.engine.chargepoints.ChargePointSockets;
import java.util.Optional;
import java.util.UUID;

/**
 * The charge points connected to this instance, and in {@link ChargePointSockets} which instance holds each one,
 * so that another instance can relay a command to it ({@link OcppCommandRelay}). A charge point that reconnects
 * elsewhere moves its holder; a killed instance's stay until its charge points reconnect.
 */
public final class RelayedChargePointSessions implements ChargePointSessions {
    private final LocalChargePointSessions local = new LocalChargePointSessions();
    private final ChargePointSockets sockets;
    /** This process: a new id at every start, so a restarted instance never claims its predecessor's sockets. */
    private final UUID instance = UUID.randomUUID();

    public RelayedChargePointSessions(ChargePointSockets sockets) {
        this.sockets = sockets;
    }

    UUID instance() {
        return instance;
    }

    @Override
    public Optional<ChargePointConnection> find(String chargePointId) {
        return local.find(chargePointId);
    }

    @Override
    public void opened(ChargePointConnection connection) {
        local.opened(connection);
        sockets.opened(connection.chargePointId(), instance);
    }

    @Override
    public void closed(ChargePointConnection connection) {
        local.closed(connection);
        if (local.find(connection.chargePointId()).isEmpty()) {
            sockets.closed(connection.chargePointId(), instance);
        }
    }

    @Override
    public boolean connected(String chargePointId) {
        return local.find(chargePointId).isPresent() || holder(chargePointId).isPresent();
    }

    /** The instance holding the charge point's socket, if any instance says it does. */
    Optional<UUID> holder(String chargePointId) {
        return sockets.holder(chargePointId);
    }
}
