package io.evpair.engine.chargepoints;

import io.evpair.engine.actions.ActionKind;
import io.evpair.engine.control.ResetKind;

/** What one instance can ask the instance holding a charge point's socket to send it. */
public enum ChargePointCommand {
    START, STOP, SET_MAX_CURRENT, SET_CHARGE_RATE_LIMIT, RESET_SOFT, RESET_HARD,
    /** {@code value} is the connector id. */
    UNLOCK_CONNECTOR;

    public static ChargePointCommand of(ActionKind kind) {
        return valueOf(kind.name());
    }

    public static ChargePointCommand of(ResetKind kind) {
        return kind == ResetKind.SOFT ? RESET_SOFT : RESET_HARD;
    }
}
