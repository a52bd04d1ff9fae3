package io.evpair.engine.actions;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ingest.ObservationProcessor;
import io.evpair.engine.ingest.UserScope;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.pairs.Households;
import java.time.Instant;
import java.util.List;

/**
 * What a user's observations and time set off, in the one order that works: the household decides its pairs first,
 * then pending actions progress, so an action waiting for its vehicle's pair is routed in the batch (or tick) that
 * activates the pair rather than one later.
 */
public class PairThenAct implements ObservationProcessor {
    private final Households households;
    private final ChargeActionProgress actions;

    public PairThenAct(Households households, ChargeActionProgress actions) {
        this.households = households;
        this.actions = actions;
    }

    @Override
    public void onObservations(ClientId clientId, UserRef userRef, List<Observation> inReceivedOrder) {
        households.onObservations(clientId, userRef, inReceivedOrder);
        actions.onObservations(clientId, userRef);
    }

    @Override
    public void onTime(ClientId clientId, Instant now, UserScope users) {
        households.onTime(clientId, now, users);
        actions.onTime(clientId, now, users);
    }
}
