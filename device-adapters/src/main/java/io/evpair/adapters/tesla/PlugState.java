package io.evpair.adapters.tesla;

/** Tesla's states as evpair's plug readings; null means not known (the last known value stays). */
record PlugState(Boolean pluggedIn, Boolean charging) {
    private static final PlugState UNKNOWN = new PlugState(null, null);

    /** {@code charge_state.charging_state}. */
    static PlugState ofChargingState(String state) {
        if (state == null) {
            return UNKNOWN;
        }
        return switch (state) {
            case "Disconnected" -> new PlugState(false, false);
            case "Charging" -> new PlugState(true, true);
            case "Stopped", "Complete", "NoPower", "Starting" -> new PlugState(true, false);
            default -> UNKNOWN;
        };
    }

    /**
     * A Wall Connector's {@code wall_connector_state} (codes as community integrations read them; Tesla does not
     * document them): 2 disconnected; 1 and 10 charging; 4, 5, 6, 8, 9 connected and not charging; others (booting,
     * error) unknown. Power above 100 W means charging whatever the code.
     */
    static PlugState ofWallConnectorState(int code, Double watts) {
        if (watts != null && watts > 100) {
            return new PlugState(true, true);
        }
        return switch (code) {
            case 2 -> new PlugState(false, false);
            case 1, 10 -> new PlugState(true, true);
            case 4, 5, 6, 8, 9 -> new PlugState(true, false);
            default -> UNKNOWN;
        };
    }
}
