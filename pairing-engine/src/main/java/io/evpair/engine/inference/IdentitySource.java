package io.evpair.engine.inference;

/** Where the engine knows a vehicle's identifier from. */
public enum IdentitySource {
    /** The client said so ({@code PUT /vehicles/{id}/identifiers}). */
    DECLARED,
    /** Seen on the charger in pairs of this vehicle that ended well, and with no other car. */
    LEARNED
}
