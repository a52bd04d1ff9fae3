package io.evpair.engine.control;

/** SOFT lets a running session end first where the charger can (OCPP 2.0.1 OnIdle); HARD restarts at once. */
public enum ResetKind {
    SOFT, HARD
}
