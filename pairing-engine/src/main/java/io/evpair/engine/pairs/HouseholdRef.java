package io.evpair.engine.pairs;

import java.util.UUID;

/** Whose household: the client, our user reference and the client's id of the user (null until a device names it). */
record HouseholdRef(UUID clientId, UUID userRef, String userId) {
}
