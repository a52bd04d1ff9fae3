package io.evpair.engine.inference;

/** Why an activated pair ended. */
public enum UnpairReason {
    /** The vehicle reported that it is unplugged. */
    VEHICLE_UNPLUGGED,
    /** The charger reported that it is unplugged. */
    CHARGER_UNPLUGGED,
    /** Later evidence (rates, energy, transitions, position) says the two are not connected after all. */
    CONTRADICTED,
    /** One of the two devices was unlinked from the user. */
    DEVICE_REMOVED,
    /** The client told us the two are not connected. */
    USER_REJECTED,
    /** The client asserted this same pair: it continues as the client's, with source USER. */
    USER_ASSERTED,
    /** One of the two devices was linked to another user of the client. */
    DEVICE_MOVED,
    /** After a restart or a partition move, replaying the recent observations did not activate the pair again. */
    NOT_CONFIRMED_ON_REBUILD
}
