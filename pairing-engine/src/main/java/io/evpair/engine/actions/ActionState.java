package io.evpair.engine.actions;

/** Enode's action lifecycle: PENDING until confirmed by observed state, failed, or cancelled. */
public enum ActionState {
    PENDING,
    CONFIRMED,
    FAILED,
    CANCELLED;

    public boolean isResolved() {
        return this != PENDING;
    }
}
