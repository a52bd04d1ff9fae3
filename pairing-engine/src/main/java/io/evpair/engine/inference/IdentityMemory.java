package io.evpair.engine.inference;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which household vehicle a charger's token (an OCPP idTag, an RFID card, an ISO 15118 / Autocharge vehicle id)
 * belongs to, learned from pairs that ended well and declared by the client. Nothing says which kind a token is:
 * seen with one car only it is that car's, seen with several it is the household's card ("one of ours, not
 * which"), and a token a car has never shown on a charger where it always shows its own is not that car. Bounded: the {@value #MAX_LEARNED} most recently
 * confirmed learned tokens, plus what the client declared.
 */
final class IdentityMemory {
    static final int MAX_LEARNED = 64;
    /**
     * Pairs that must have confirmed a learned token, with no other car, before it decides a pair. One is enough
     * because the token also has to be ruled out for every other plugged-in car of the household (see
     * {@link HouseholdPairing}); two cost more recall and latency than they saved in precision on seeds 1–6.
     */
    static final int CONFIRMATIONS_TO_TRUST = 1;
    /** Tokens kept per vehicle and charger: a car shows one, a card may be replaced. */
    static final int TOKENS_PER_CHARGER = 3;

    /** What a charger's token says about one vehicle being plugged into it. */
    enum Verdict {
        /** Nothing: no token, or one we cannot place. */
        NONE,
        /**
         * The token is this vehicle's: declared, or the one it showed on this charger in pairs that ended well, never
         * seen with another car.
         */
        THIS_VEHICLE,
        /**
         * Ruled out: the token was declared for another vehicle, or this vehicle has shown a different token on this
         * charger (a guest or another car of the household plugged in).
         */
        NOT_THIS_VEHICLE
    }

    private record Seen(UUID vehicleId, UUID chargerId) {
    }

    private static final class Learned {
        final Map<UUID, Integer> confirmations = new LinkedHashMap<>(2);
        final Map<UUID, Long> lastConfirmedAt = new LinkedHashMap<>(2);
        long lastAt;
    }

    /** In order of last confirmation, so the least recently confirmed token is dropped first. */
    private final LinkedHashMap<String, Learned> learned = new LinkedHashMap<>();
    private final Map<String, UUID> declared = new LinkedHashMap<>();
    /** The tokens each vehicle showed on each charger in pairs that ended well (a few; usually one). */
    private final Map<Seen, Set<String>> shown = new LinkedHashMap<>();
    /** Of each vehicle's pairs on each charger that ended well: how many showed a token [0] and how many none [1]. */
    private final Map<Seen, int[]> sessions = new LinkedHashMap<>();

    /** A pair ended well while its charger showed {@code token}, or nothing (null). */
    void sessionEnded(UUID vehicleId, UUID chargerId, String token) {
        sessions.computeIfAbsent(new Seen(vehicleId, chargerId), k -> new int[2])[token == null ? 1 : 0]++;
    }

    /**
     * The charger showed a token (its own, or the household's card) in at least half of the vehicle's sessions there
     * that ended well, and in one at least: a session there without one is more likely someone else's.
     */
    boolean usuallyShowsToken(UUID vehicleId, UUID chargerId) {
        int[] n = sessions.get(new Seen(vehicleId, chargerId));
        return n != null && n[0] >= 1 && n[1] <= n[0];
    }

    /** A pair of {@code vehicleId} and {@code chargerId} ended well while the charger showed {@code token}. */
    void confirmed(UUID vehicleId, UUID chargerId, String token, long at) {
        Learned l = learned.remove(token);
        if (l == null) {
            l = new Learned();
        }
        learned.put(token, l);
        l.confirmations.merge(vehicleId, 1, Integer::sum);
        l.lastConfirmedAt.put(vehicleId, at);
        l.lastAt = at;
        Set<String> tokens = shown.computeIfAbsent(new Seen(vehicleId, chargerId), k -> new LinkedHashSet<>(2));
        tokens.remove(token);
        tokens.add(token);
        if (tokens.size() > TOKENS_PER_CHARGER) {
            tokens.remove(tokens.iterator().next());
        }
        if (learned.size() > MAX_LEARNED) {
            Iterator<String> eldest = learned.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    /** The client said the pair was wrong: whatever its token taught us about that vehicle is unlearned. */
    void rejected(UUID vehicleId, String token) {
        shown.values().forEach(tokens -> tokens.remove(token));
        Learned l = learned.get(token);
        if (l != null) {
            l.confirmations.remove(vehicleId);
            l.lastConfirmedAt.remove(vehicleId);
            if (l.confirmations.isEmpty()) {
                learned.remove(token);
            }
        }
    }

    /** Replaces the identifiers the client declared for the vehicle. */
    void declare(UUID vehicleId, List<String> tokens) {
        declared.values().removeIf(vehicleId::equals);
        tokens.forEach(t -> declared.put(t, vehicleId));
    }

    void forget(UUID deviceId) {
        declared.values().removeIf(deviceId::equals);
        shown.keySet().removeIf(s -> s.vehicleId().equals(deviceId) || s.chargerId().equals(deviceId));
        sessions.keySet().removeIf(s -> s.vehicleId().equals(deviceId) || s.chargerId().equals(deviceId));
        learned.values().removeIf(l -> l.confirmations.remove(deviceId) != null && l.confirmations.isEmpty());
        learned.values().forEach(l -> l.lastConfirmedAt.remove(deviceId));
    }

    /**
     * What {@code token}, shown by {@code chargerId} now, says about {@code vehicleId} being plugged into it. A
     * missing token rules nothing out: household cards are forgotten and handshakes fail too often for that (penalising
     * it, or a token no household car ever showed on a charger whose tokens we know, cost recall on seeds 1–6 and removed
     * no false pair); where a token usually shows, its absence only holds the pair for more evidence (see
     * {@link #usuallyShowsToken}).
     */
    Verdict judge(UUID vehicleId, UUID chargerId, String token) {
        if (token == null) {
            return Verdict.NONE;
        }
        UUID owner = declared.get(token);
        if (owner != null) {
            return owner.equals(vehicleId) ? Verdict.THIS_VEHICLE : Verdict.NOT_THIS_VEHICLE;
        }
        Set<String> mine = shown.get(new Seen(vehicleId, chargerId));
        if (mine == null) {
            return Verdict.NONE; // we do not know what this charger shows for this car
        }
        if (!mine.contains(token)) {
            return Verdict.NOT_THIS_VEHICLE;
        }
        Learned l = learned.get(token);
        boolean onlyThisCar = l != null && l.confirmations.size() == 1
                && l.confirmations.getOrDefault(vehicleId, 0) >= CONFIRMATIONS_TO_TRUST;
        // a token several cars showed is the household's card: one of ours, not which
        return onlyThisCar ? Verdict.THIS_VEHICLE : Verdict.NONE;
    }

    /** Whether a {@link Verdict#THIS_VEHICLE} verdict for {@code token} comes from the client rather than learning. */
    boolean isDeclared(String token) {
        return declared.containsKey(token);
    }

    /** The vehicle's identifiers: declared ones first, then learned ones by most recent confirmation. */
    List<VehicleIdentifier> identifiersOf(UUID vehicleId) {
        List<VehicleIdentifier> out = new ArrayList<>();
        for (Map.Entry<String, UUID> d : declared.entrySet()) {
            if (d.getValue().equals(vehicleId)) {
                Learned l = learned.getOrDefault(d.getKey(), new Learned());
                Long at = l.lastConfirmedAt.get(vehicleId);
                out.add(new VehicleIdentifier(d.getKey(), IdentitySource.DECLARED, l.confirmations.getOrDefault(vehicleId, 0),
                        at == null ? null : Instant.ofEpochMilli(at), l.confirmations.size() > 1));
            }
        }
        List<VehicleIdentifier> learnedOnly = new ArrayList<>();
        for (Map.Entry<String, Learned> e : learned.entrySet()) {
            Learned l = e.getValue();
            Integer n = l.confirmations.get(vehicleId);
            if (n != null && !declared.containsKey(e.getKey())) {
                learnedOnly.add(new VehicleIdentifier(e.getKey(), IdentitySource.LEARNED, n,
                        Instant.ofEpochMilli(l.lastConfirmedAt.get(vehicleId)), l.confirmations.size() > 1));
            }
        }
        learnedOnly.sort(Comparator.comparing(VehicleIdentifier::lastConfirmedAt).reversed());
        out.addAll(learnedOnly);
        return out;
    }
}
