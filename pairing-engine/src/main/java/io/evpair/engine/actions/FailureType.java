package io.evpair.engine.actions;

/** Enode's {@code failureReason.type}. */
public enum FailureType {
    /** The device did not answer, or answered but its state never changed. */
    NO_RESPONSE,
    /** The command could not be carried out now: refused by the device, or no activated charger in time. */
    FAILED_PRECONDITION,
    UNNECESSARY,
    /** A newer, different action for the same target replaced it. */
    CONFLICT,
    REQUESTED_CANCELLATION,
    /** The target device is gone. */
    NOT_FOUND
}
