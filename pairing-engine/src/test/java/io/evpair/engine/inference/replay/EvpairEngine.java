package io.evpair.engine.inference.replay;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.observations.GeoPoint;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.inference.ActivePair;
import io.evpair.engine.inference.ChargerProfile;
import io.evpair.engine.inference.HouseholdPairing;
import io.evpair.engine.inference.PairingDecision;
import io.evpair.engine.inference.PairingEngine;
import io.evpair.engine.inference.VehicleProfile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The real engine behind the replay: vendor ids become UUIDs, rows become {@link Observation}s. */
final class EvpairEngine implements ReplayEngine {
    private final PairingEngine engine = new PairingEngine();

    PairingEngine engine() {
        return engine;
    }
    private final Map<String, UUID> ids = new HashMap<>();
    private final Map<UUID, String> vendorIds = new HashMap<>();
    final List<PairingDecision> decisions = new ArrayList<>();
    private long ingested;
    private final boolean recordHolds;

    EvpairEngine() {
        this(false);
    }

    /** {@code recordHolds}: every household remembers why it held each candidate pair ({@link #whyNotShown}). */
    EvpairEngine(boolean recordHolds) {
        this.recordHolds = recordHolds;
    }

    static UUID idOf(String vendorDeviceId) {
        return UUID.nameUUIDFromBytes(vendorDeviceId.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void setup(Dataset dataset) {
        for (Dataset.User u : dataset.users()) {
            for (Dataset.VehicleSpec v : u.vehicles()) {
                engine.link(u.userId(), new VehicleProfile(map(v.vendorDeviceId()), v.batteryCapacityKwh()));
            }
            for (Dataset.ChargerSpec c : u.chargers()) {
                GeoPoint address = c.latitude() == null ? null : new GeoPoint(c.latitude(), c.longitude());
                engine.link(u.userId(), new ChargerProfile(map(c.vendorDeviceId()), address));
            }
            if (recordHolds) {
                engine.household(u.userId()).recordHolds();
            }
        }
    }

    private UUID map(String vendorDeviceId) {
        UUID id = idOf(vendorDeviceId);
        ids.put(vendorDeviceId, id);
        vendorIds.put(id, vendorDeviceId);
        return id;
    }

    static Observation toObservation(Dataset.Row r, UUID id) {
        GeoPoint position = r.latitude() == null || r.longitude() == null ? null
                : new GeoPoint(r.latitude(), r.longitude());
        return new Observation(id, r.vehicle() ? DeviceType.VEHICLE : DeviceType.CHARGER, r.observedAt(),
                r.receivedAt(), r.isPluggedIn(), r.isCharging(), r.chargeRateKw(), r.batteryLevel(), position, null,
                r.idTag());
    }

    @Override
    public void ingest(List<Dataset.Row> rows) {
        for (Dataset.Row r : rows) {
            decisions.addAll(engine.onObservation(toObservation(r, ids.get(r.vendorDeviceId()))));
            ingested++;
        }
    }

    @Override
    public void advance(Instant now) {
        decisions.addAll(engine.advanceTo(now));
    }

    @Override
    public Set<Pair> pairs() {
        Set<Pair> out = new HashSet<>();
        for (ActivePair p : engine.activePairs()) {
            out.add(new Pair(vendorIds.get(p.vehicleId().value()), vendorIds.get(p.chargerId().value())));
        }
        return out;
    }

    /**
     * The engine's hold on the two at its last evaluation (see {@link HouseholdPairing.Hold}), or where they stood when
     * they were no candidate pair; null unless this replay records holds.
     */
    @Override
    public String whyNotShown(Pair pair) {
        if (!recordHolds) {
            return null;
        }
        UUID vehicle = ids.get(pair.vehicle());
        UUID charger = ids.get(pair.charger());
        HouseholdPairing h = engine.householdOf(vehicle).orElseThrow();
        if (h.pairOfVehicle(new VehicleId(vehicle)).isPresent() || h.pairOfCharger(new ChargerId(charger)).isPresent()) {
            return "PAIRED_OTHERWISE";
        }
        return h.holdOf(new VehicleId(vehicle), new ChargerId(charger)).map(Enum::name).orElse("NOT_BOTH_IN_SESSION");
    }

    String vendorId(UUID id) {
        return vendorIds.get(id);
    }

    long ingested() {
        return ingested;
    }
}
