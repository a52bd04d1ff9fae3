package io.evpair.engine.actions;

/** The outcome of asking for an action. */
public sealed interface ActionRequest {
    /** A new action, stored (and sent, when it had a route). */
    record Created(ChargeAction action) implements ActionRequest {
    }

    /** The same command was already PENDING on the target: that action. */
    record Existing(ChargeAction action) implements ActionRequest {
    }

    record TargetNotFound() implements ActionRequest {
    }

    /** It cannot work now (no capability, already in that state): nothing was stored. */
    record Refused(String reason) implements ActionRequest {
    }
}
