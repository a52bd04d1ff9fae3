package io.evpair.engine.pairs;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;

/** Whose household: the client, our user reference and the client's id of the user (null until a device names it). */
record HouseholdRef(ClientId clientId, UserRef userRef, String userId) {
}
