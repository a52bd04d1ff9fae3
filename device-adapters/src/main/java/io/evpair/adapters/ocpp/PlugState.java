package io.evpair.adapters.ocpp;

import java.util.Collection;

/** Whether a vehicle is plugged in and energy flows; null means not known. */
record PlugState(Boolean pluggedIn, Boolean charging) {
    static final PlugState UNKNOWN = new PlugState(null, null);

    PlugState withCharging(Boolean value) {
        return new PlugState(pluggedIn, value);
    }

    PlugState withPluggedIn(Boolean value) {
        return new PlugState(value, charging);
    }

    /**
     * A charge point is one charger to evpair: it is plugged in (charging) when any connector is; it is not when
     * every connector is known not to be; otherwise we do not know.
     */
    static PlugState ofCharger(Collection<PlugState> connectors) {
        return new PlugState(any(connectors, false), any(connectors, true));
    }

    private static Boolean any(Collection<PlugState> connectors, boolean ofCharging) {
        boolean unknown = connectors.isEmpty();
        for (PlugState c : connectors) {
            Boolean value = ofCharging ? c.charging : c.pluggedIn;
            if (Boolean.TRUE.equals(value)) {
                return true;
            }
            unknown |= value == null;
        }
        return unknown ? null : false;
    }
}
