package io.evpair.adapters.ocpp;

/**
 * The units a charge point takes in charging schedules (OCPP 1.6 ChargingScheduleAllowedChargingRateUnit,
 * "Current", "Power" or both). Until it says, amperes only: every charge point that does smart charging does those.
 */
record RateUnits(boolean amperes, boolean watts) {
    static final RateUnits UNKNOWN = new RateUnits(true, false);

    /** From the configuration value, e.g. "Current,Power"; nothing usable reads as {@link #UNKNOWN}. */
    static RateUnits of(String value) {
        boolean amperes = false;
        boolean watts = false;
        for (String unit : value.split(",")) {
            switch (unit.trim()) {
                case "Current", "A" -> amperes = true;
                case "Power", "W" -> watts = true;
                default -> {
                }
            }
        }
        return amperes || watts ? new RateUnits(amperes, watts) : UNKNOWN;
    }
}
