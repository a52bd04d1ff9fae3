package io.evpair.adapters.kafka;

import io.evpair.engine.pairs.HouseholdRefresh;
import io.evpair.engine.pairs.Households;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;

/**
 * In a cluster, what a client says reaches the household's owner through the observation log (a REFRESH record
 * behind the user's observations); an instance that changed a household it does not own forgets it again.
 */
public final class ClusterHouseholdRefresh implements HouseholdRefresh {
    private final ObservationLog log;
    private final PartitionOwnership ownership;
    private final Households households;

    public ClusterHouseholdRefresh(ObservationLog log, PartitionOwnership ownership, Households households) {
        this.log = log;
        this.ownership = ownership;
        this.households = households;
    }

    @Override
    public void clientSaid(ClientId clientId, UserRef userRef) {
        log.refresh(clientId.value(), userRef.value());
        if (!ownership.includes(userRef)) {
            households.release(userRef::equals);
        }
    }
}
