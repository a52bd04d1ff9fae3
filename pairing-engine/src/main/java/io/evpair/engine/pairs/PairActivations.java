package io.evpair.engine.pairs;

import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceId;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.inference.PairEvidence;
import io.evpair.engine.inference.PairSource;
import io.evpair.engine.inference.PairingDecision;
import io.evpair.engine.inference.UnpairReason;
import io.evpair.engine.transaction.Transactions;
import io.evpair.engine.webhooks.EventOutbox;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps the engine's pairing decisions as stored activations and tells webhooks, in one transaction each. An end is
 * told only when it closed an activation: a pair already ended (by a device move, say) is not ended twice.
 */
public class PairActivations {
    private final PairStore pairs;
    private final EventOutbox outbox;
    private final Transactions transactions;

    public PairActivations(PairStore pairs, EventOutbox outbox, Transactions transactions) {
        this.pairs = pairs;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    void record(HouseholdRef household, List<PairingDecision> decisions) {
        record(household, decisions, null);
    }

    /** As {@link #record(HouseholdRef, List)}, for decisions a client's word caused; {@code reportedBy} is kept. */
    void record(HouseholdRef household, List<PairingDecision> decisions, String reportedBy) {
        if (decisions.isEmpty()) {
            return;
        }
        transactions.inTransaction(() -> {
            for (PairingDecision d : decisions) {
                if (d instanceof PairingDecision.Activated a) {
                    activate(household, a, reportedBy);
                } else if (d instanceof PairingDecision.Deactivated off) {
                    deactivate(household, off.vehicleId(), off.chargerId(), off.unpairedAt(), off.reason(), reportedBy);
                }
            }
        });
    }

    /**
     * Makes the stored activations what a replay ends with: stored ones it does not hold end as
     * {@code NOT_CONFIRMED_ON_REBUILD} (a missed pair is better than a wrong one), ones it holds that are not stored
     * are activated.
     */
    void reconcile(HouseholdRef household, List<PairingDecision> replayed) {
        Map<String, PairingDecision.Activated> stillActive = new LinkedHashMap<>();
        for (PairingDecision d : replayed) {
            String key = d.vehicleId() + "/" + d.chargerId();
            if (d instanceof PairingDecision.Activated a) {
                stillActive.put(key, a);
            } else {
                stillActive.remove(key);
            }
        }
        transactions.inTransaction(() -> {
            for (ChargingPair stored : pairs.activeOfUser(household.userRef())) {
                if (stillActive.remove(stored.vehicleId() + "/" + stored.chargerId()) == null) {
                    deactivate(household, stored.vehicleId(), stored.chargerId(), stored.pairedAt(),
                            UnpairReason.NOT_CONFIRMED_ON_REBUILD, null);
                }
            }
            stillActive.values().forEach(a -> activate(household, a, null));
        });
    }

    /**
     * What the client said of the user's pairs in {@code [from, to]}, in the order it was said: the observations do not
     * hold it, so a rebuild replays it between them.
     */
    List<ClientWord> clientWords(UserRef userRef, Instant from, Instant to) {
        List<ClientWord> out = new java.util.ArrayList<>();
        for (ChargingPair p : pairs.activationsOfUser(userRef, from, to)) {
            if (p.source() == PairSource.USER && !p.pairedAt().isBefore(from)) {
                out.add(new ClientWord(p.pairedAt(), true, p.vehicleId(), p.chargerId()));
            }
            if (p.unpairReason() == UnpairReason.USER_REJECTED) {
                out.add(new ClientWord(p.unpairedAt(), false, p.vehicleId(), p.chargerId()));
            }
        }
        out.sort(java.util.Comparator.comparing(ClientWord::at));
        return out;
    }

    /** An assertion ({@code asserted}) or a rejection of the pair of the two devices, made at {@code at}. */
    record ClientWord(Instant at, boolean asserted, VehicleId vehicleId, ChargerId chargerId) {
    }

    /** The household ended the pair at the client's word; {@code reportedBy} is kept in the history. */
    void rejected(HouseholdRef household, PairingDecision.Deactivated off, String reportedBy) {
        transactions.inTransaction(() -> deactivate(household, off.vehicleId(), off.chargerId(), off.unpairedAt(),
                off.reason(), reportedBy));
    }

    /**
     * A device now belongs to another user of the client: its activation, made from the old household's evidence,
     * ends as {@code DEVICE_MOVED}. Runs inside the caller's transaction, the one that moves the device.
     */
    public void deviceMoved(DeviceId deviceId, ClientId clientId, String formerUserId, Instant at) {
        pairs.activeOfDevice(deviceId).ifPresent(active -> deactivate(
                new HouseholdRef(clientId, active.userRef(), formerUserId), active.vehicleId(), active.chargerId(),
                at.isBefore(active.pairedAt()) ? active.pairedAt() : at, UnpairReason.DEVICE_MOVED, null));
    }

    private void activate(HouseholdRef household, PairingDecision.Activated a, String reportedBy) {
        pairs.activated(new ChargingPair(UUID.randomUUID(), household.clientId(), household.userRef(), null,
                a.vehicleId(), a.chargerId(), a.pluggedInAt(), a.pairedAt(), null, null, reportedBy, a.confidence(),
                evidence(a.evidence()), a.source()));
        outbox.publish(new PairActivated(household.clientId(), household.userId(), a.vehicleId(), a.chargerId(),
                a.pairedAt(), a.confidence(), a.source()));
    }

    private void deactivate(HouseholdRef household, VehicleId vehicleId, ChargerId chargerId, Instant at, UnpairReason reason,
                            String reportedBy) {
        if (pairs.deactivated(vehicleId, chargerId, at, reason, reportedBy)) {
            outbox.publish(new PairDeactivated(household.clientId(), household.userId(), vehicleId, chargerId, at, reason));
        }
    }

    /** The evidence as plain values, the form every store and the API can keep. */
    static Map<String, Object> evidence(PairEvidence e) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (e == null) {
            return out;
        }
        if (e.plugInGap() != null) {
            out.put("plugInGapSeconds", e.plugInGap().toSeconds());
        }
        out.put("transitionsMatched", e.transitionsMatched());
        out.put("rateSamplesAgreeing", e.rateSamplesAgreeing());
        putIfKnown(out, "rateRatio", e.rateRatio());
        putIfKnown(out, "energyRatio", e.energyRatio());
        putIfKnown(out, "distanceMetres", e.distanceMetres());
        out.put("exclusive", e.exclusive());
        out.put("historySessions", e.historySessions());
        out.put("score", round(e.score()));
        out.put("margin", round(e.margin()));
        if (e.identity() != null) {
            out.put("identity", e.identity().name());
        }
        return out;
    }

    private static void putIfKnown(Map<String, Object> out, String key, Double value) {
        if (value != null && Double.isFinite(value)) {
            out.put(key, round(value));
        }
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : 0;
    }
}
