package io.evpair.adapters.ocpp;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What evpair knows of one connected charge point: each connector's plug state and the transactions running
 * on it. Kept per connection only; after a reconnect it is learnt again from StatusNotification, MeterValues
 * and StopTransaction. Concurrent maps, because commands read the transactions from other threads.
 */
final class ChargePointState {
    private final String chargePointId;
    private final UUID chargerId;
    private final Map<Integer, PlugState> connectors = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> transactionsByConnector = new ConcurrentHashMap<>();

    ChargePointState(String chargePointId, UUID chargerId) {
        this.chargePointId = chargePointId;
        this.chargerId = chargerId;
    }

    String chargePointId() {
        return chargePointId;
    }

    UUID chargerId() {
        return chargerId;
    }

    PlugState connector(int connectorId) {
        return connectors.getOrDefault(connectorId, PlugState.UNKNOWN);
    }

    void connector(int connectorId, PlugState state) {
        connectors.put(connectorId, state);
    }

    /** The charge point as one charger, over all its connectors. */
    PlugState charger() {
        return PlugState.ofCharger(connectors.values());
    }

    void transactionStarted(int connectorId, int transactionId) {
        transactionsByConnector.put(connectorId, transactionId);
    }

    /** Forgets the transaction; returns the connector it ran on when we knew it. */
    Optional<Integer> transactionStopped(int transactionId) {
        for (Map.Entry<Integer, Integer> entry : transactionsByConnector.entrySet()) {
            if (entry.getValue() == transactionId) {
                transactionsByConnector.remove(entry.getKey(), entry.getValue());
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    /** A running transaction, the one of the lowest connector when several run. */
    Optional<Integer> activeTransaction() {
        return transactionsByConnector.entrySet().stream()
                .min(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue);
    }
}
