package io.evpair.engine.simulator;

/** How the simulated OEM answers commands for one device (SPEC §6.1). */
public enum DeviceBehaviour {
    /** Takes the command: "OK", which still needs confirmation by observed state. */
    ACCEPT,
    /** Refuses the command. */
    REJECT,
    /** Never answers. */
    TIME_OUT,
    /** The device cannot be reached. */
    OFFLINE
}
