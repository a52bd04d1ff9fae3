package io.evpair.engine.pairs;

import io.evpair.engine.inference.PairQuestion;
import io.evpair.engine.devices.Charger;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.devices.Vehicle;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceId;
import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageRequest;
import io.evpair.engine.users.UserStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Read use cases on pairs: the client's active pairs, one user's established pairs, one user's history. */
public class PairQueries {
    /** A household with more devices than this is not a home; its listing is cut rather than exploding. */
    private static final int MAX_DEVICES_PER_KIND = 1000;

    private final PairStore pairs;
    private final DeviceStore devices;
    private final UserStore users;
    private final PairQuestionStore questions;

    public PairQueries(PairStore pairs, DeviceStore devices, UserStore users, PairQuestionStore questions) {
        this.questions = questions;
        this.pairs = pairs;
        this.devices = devices;
        this.users = users;
    }

    public Page<ChargingPair> active(ClientId clientId, PageRequest page) {
        return pairs.active(clientId, page);
    }

    /** Every vehicle × charger combination of the user, with its current activation if any. Empty for an unknown user. */
    public Optional<List<EstablishedPair>> establishedOfUser(ClientId clientId, String userId) {
        return users.find(clientId, userId).map(user -> {
            List<Vehicle> vehicles = devices.vehicles(clientId, Optional.of(user.id()), PageRequest.first(MAX_DEVICES_PER_KIND)).items();
            List<Charger> chargers = devices.chargers(clientId, Optional.of(user.id()), PageRequest.first(MAX_DEVICES_PER_KIND)).items();
            List<ChargingPair> active = pairs.activeOfUser(user.id());
            List<EstablishedPair> out = new ArrayList<>();
            for (Vehicle v : vehicles) {
                for (Charger c : chargers) {
                    ChargingPair activation = active.stream()
                            .filter(p -> p.vehicleId().equals(v.id()) && p.chargerId().equals(c.id()))
                            .findFirst().orElse(null);
                    out.add(new EstablishedPair(v.id(), c.id(), userId, activation));
                }
            }
            return out;
        });
    }

    /** The user's chargers the engine is stuck on (see {@link PairQuestion}). Empty for an unknown user. */
    public Optional<List<PairQuestion>> questionsOfUser(ClientId clientId, String userId) {
        return users.find(clientId, userId).map(user -> questions.openOfUser(user.id()));
    }

    public Optional<Page<ChargingPair>> historyOfUser(ClientId clientId, String userId, PageRequest page) {
        return users.find(clientId, userId).map(user -> pairs.history(user.id(), page));
    }

    public Optional<ChargingPair> activeOfDevice(DeviceId deviceId) {
        return pairs.activeOfDevice(deviceId);
    }
}
