package io.evpair.engine.chargepoints;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The transactions of OCPP charge points, kept outside the connection so that a running one outlives a
 * reconnect or a restart of evpair: STOP needs its id whichever socket the charge point is on now.
 */
public interface ChargePointTransactions {
    /**
     * Starts an OCPP 1.6 transaction and returns its number; a retransmitted StartTransaction (the same message
     * id with the same content) returns the number it was given the first time.
     */
    int start(String chargePointId, TransactionStart start);

    /** A transaction the charge point reports that we do not know yet (numbered before, or by the station itself). */
    void seen(String chargePointId, String transactionId, int connectorId, Instant at);

    /** Ends the transaction; returns its connector when it was known. */
    Optional<Integer> stop(String chargePointId, String transactionId, Instant at);

    /** The charge point's running transactions, lowest connector first. */
    List<RunningTransaction> running(String chargePointId);

    record TransactionStart(String messageId, int connectorId, String idTag, double meterStartWh, Instant startedAt) {
    }

    /** @param idTag who started it; null for one we only saw (its start was never reported to us) */
    record RunningTransaction(String transactionId, int connectorId, String idTag) {
    }
}
