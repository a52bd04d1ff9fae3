package io.evpair.engine.pairs;

import java.time.Instant;

/** What came of a client saying that an activated pair is wrong. */
public sealed interface PairRejection {
    /** The pair ended at {@code unpairedAt} with reason {@code USER_REJECTED}. */
    record Rejected(Instant unpairedAt) implements PairRejection {
    }

    /** The device named by {@code field} is not the user's (or not the client's, or not of that kind). */
    record UnknownDevice(String field) implements PairRejection {
    }

    /** Both are the user's, but they are not paired now. */
    record NotActivated() implements PairRejection {
    }
}
