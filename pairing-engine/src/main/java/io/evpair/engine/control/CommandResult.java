package io.evpair.engine.control;

/**
 * What a vendor answered to a command. Accepted means only that the vendor took it: an action is
 * confirmed later by observed state, never by this answer.
 */
public sealed interface CommandResult {
    record Accepted() implements CommandResult {
    }

    /** The vendor refused, for the reason it gave. */
    record Rejected(String reason) implements CommandResult {
    }

    /** No answer in time; the command may or may not have been carried out. */
    record NoResponse(String detail) implements CommandResult {
    }

    /** The device cannot be reached now (offline, asleep, disconnected). */
    record Unreachable(String detail) implements CommandResult {
    }
}
