package io.evpair.adapters.ocpp;

import io.evpair.engine.chargepoints.ChargePointTransactions;
import io.evpair.engine.observations.Observation;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What evpair knows of one connected charge point: each connector's plug state, and which transaction ids this
 * connection has already seen (the transactions themselves are in {@link ChargePointTransactions}). Kept per
 * connection; after a reconnect the plug state is asked for again with TriggerMessage.
 */
final class ChargePointState {
    private final String chargePointId;
    private final UUID chargerId;
    private final Map<Integer, PlugState> connectors = new ConcurrentHashMap<>();
    private final Set<Integer> seenTransactions = ConcurrentHashMap.newKeySet();
    private volatile RateUnits rateUnits = RateUnits.UNKNOWN;
    private final Map<Integer, EnergyRegister> lastEnergy = new ConcurrentHashMap<>();
    /** Who the running session was authorised for (OCPP idTag / idToken), until it ends or the cable comes out. */
    private volatile String sessionIdTag;

    private final OcppVersion version;

    ChargePointState(String chargePointId, UUID chargerId, OcppVersion version) {
        this.version = version;
        this.chargePointId = chargePointId;
        this.chargerId = chargerId;
    }

    OcppVersion version() {
        return version;
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
        if (!Boolean.TRUE.equals(charger().pluggedIn())) {
            sessionIdTag = null;
        }
    }

    /** The token the session was authorised with, which pairing learns vehicles by. */
    void identifiedBy(String idTag) {
        sessionIdTag = Observation.idTagIfItFits(idTag);
    }

    /**
     * A transaction that ran before this connection: its cable is in (as when it started) and its token still
     * says whose session it is, until the charge point reports otherwise.
     */
    void resumed(ChargePointTransactions.RunningTransaction transaction) {
        if (transaction.connectorId() > 0 && connector(transaction.connectorId()).pluggedIn() == null) {
            connector(transaction.connectorId(), connector(transaction.connectorId()).withPluggedIn(true));
        }
        if (transaction.idTag() != null) {
            identifiedBy(transaction.idTag());
        }
    }

    void sessionEnded() {
        sessionIdTag = null;
    }

    /** The session's token while a cable is in, else nothing. */
    String sessionIdTag() {
        return Boolean.TRUE.equals(charger().pluggedIn()) ? sessionIdTag : null;
    }

    /**
     * Records the connector's energy register and returns the average power since its previous reading, for
     * charge points that send energy only. Nothing when there is no earlier reading, or the register went back.
     */
    Optional<Double> energyRead(int connectorId, Instant at, double kwh) {
        EnergyRegister previous = lastEnergy.get(connectorId);
        if (previous != null && !at.isAfter(previous.at())) {
            return Optional.empty();
        }
        lastEnergy.put(connectorId, new EnergyRegister(at, kwh));
        if (previous == null || kwh < previous.kwh()) {
            return Optional.empty();
        }
        double hours = Duration.between(previous.at(), at).toMillis() / 3_600_000.0;
        // to the watt: the difference of two decimal registers is not exact in binary
        return Optional.of(Math.round((kwh - previous.kwh()) / hours * 1000) / 1000.0);
    }

    RateUnits rateUnits() {
        return rateUnits;
    }

    void rateUnits(RateUnits units) {
        rateUnits = units;
    }

    /** A connector with a vehicle plugged in that does not charge yet, lowest first. */
    Optional<Integer> waitingConnector() {
        return connectors.entrySet().stream()
                .filter(e -> e.getKey() > 0 && Boolean.TRUE.equals(e.getValue().pluggedIn())
                        && !Boolean.TRUE.equals(e.getValue().charging()))
                .map(Map.Entry::getKey).min(Integer::compare);
    }

    /** Whether energy flows on that connector, as far as we know. */
    boolean charging(int connectorId) {
        return Boolean.TRUE.equals(connector(connectorId).charging());
    }

    /** The charge point as one charger, over all its connectors. */
    PlugState charger() {
        return PlugState.ofCharger(connectors.values());
    }

    /** True the first time this connection meets the transaction id, so that the store hears of it once. */
    boolean firstSightOf(int transactionId) {
        return seenTransactions.add(transactionId);
    }

    private record EnergyRegister(Instant at, double kwh) {
    }
}
