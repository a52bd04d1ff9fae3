package io.evpair.adapters.ocpp;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * OCPP 1.6 ChargePointStatus and what each says about the connector's cable and energy flow. Faulted and
 * Unavailable say nothing about the cable (a fault can happen plugged or not), so they keep what was known.
 */
enum ConnectorStatus {
    Available(false, false),
    Preparing(true, false),
    Charging(true, true),
    SuspendedEVSE(true, false),
    SuspendedEV(true, false),
    Finishing(true, false),
    /** Reserved for a driver who has not plugged in yet (reservations start from Available). */
    Reserved(false, false),
    Unavailable(null, null),
    Faulted(null, null);

    static final Set<String> NAMES = Arrays.stream(values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    private final Boolean pluggedIn;
    private final Boolean charging;

    ConnectorStatus(Boolean pluggedIn, Boolean charging) {
        this.pluggedIn = pluggedIn;
        this.charging = charging;
    }

    /** The connector's state after this status, given what was known before. */
    PlugState apply(PlugState before) {
        return pluggedIn == null ? before : new PlugState(pluggedIn, charging);
    }
}
