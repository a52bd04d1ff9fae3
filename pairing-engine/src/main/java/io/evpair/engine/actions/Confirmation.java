package io.evpair.engine.actions;

import io.evpair.engine.devices.DeviceState;
import java.time.Instant;

/** Whether a device's observed state shows that a command took effect; never the vendor's "OK". */
final class Confirmation {
    /** Room for meter noise when checking a limit. */
    private static final double LIMIT_TOLERANCE = 1.05;
    private static final double KW_PER_AMPERE_THREE_PHASE = 0.230 * 3;

    private Confirmation() {
    }

    static boolean confirms(ActionKind kind, Double value, DeviceState state, Instant since) {
        if (state == null || state.lastUpdated() == null || state.lastUpdated().isBefore(since)) {
            return false;
        }
        boolean charging = Boolean.TRUE.equals(state.charging());
        return switch (kind) {
            case START -> charging;
            case STOP -> Boolean.FALSE.equals(state.charging());
            // No reading shows that a limit is gone: lifting one is confirmed by the first report after it was sent.
            case SET_CHARGE_RATE_LIMIT -> value == null || !charging || rateAtMost(state, value);
            case SET_MAX_CURRENT -> !charging || rateAtMost(state, value * KW_PER_AMPERE_THREE_PHASE);
        };
    }

    /** A command that would change nothing: refused at once. */
    static String alreadyInState(ActionKind kind, DeviceState state) {
        if (state == null) {
            return null;
        }
        if (kind == ActionKind.START && Boolean.TRUE.equals(state.charging())) {
            return "it is already charging";
        }
        if (kind == ActionKind.STOP && Boolean.FALSE.equals(state.charging())) {
            return "it is not charging";
        }
        return null;
    }

    private static boolean rateAtMost(DeviceState state, double limitKw) {
        return state.chargeRateKw() != null && state.chargeRateKw() <= limitKw * LIMIT_TOLERANCE;
    }
}
