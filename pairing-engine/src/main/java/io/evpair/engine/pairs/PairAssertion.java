package io.evpair.engine.pairs;

import java.time.Instant;

/** What came of a client saying that a vehicle is on a charger now. */
public sealed interface PairAssertion {
    /** The pair is active with source USER since {@code pairedAt} (earlier when it already was). */
    record Asserted(Instant pairedAt) implements PairAssertion {
    }

    /** The device named by {@code field} is not the user's (or not the client's, or not of that kind). */
    record UnknownDevice(String field) implements PairAssertion {
    }

    /** The charger does not report a vehicle plugged in, so the two cannot be on each other now. */
    record ChargerNotPluggedIn() implements PairAssertion {
    }
}
