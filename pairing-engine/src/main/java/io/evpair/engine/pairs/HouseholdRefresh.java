package io.evpair.engine.pairs;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;

/**
 * Tells whichever instance owns a user's household that the client has changed what it knows of the user's pairs or
 * vehicles (a rejection, an assertion, declared identifiers), once that change is stored. On one instance the
 * household was changed in place and there is nothing to tell; in a cluster the owner rebuilds the household, and
 * the rebuild replays what the client said.
 */
@FunctionalInterface
public interface HouseholdRefresh {
    HouseholdRefresh IN_PLACE = (clientId, userRef) -> {
    };

    void clientSaid(ClientId clientId, UserRef userRef);
}
