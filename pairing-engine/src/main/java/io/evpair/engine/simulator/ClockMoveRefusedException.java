package io.evpair.engine.simulator;

import java.time.Duration;
import java.time.Instant;

/** A move of the simulator's clock beyond what {@link SimulatedOemFeed} allows; the clock did not move. */
public class ClockMoveRefusedException extends RuntimeException {
    public ClockMoveRefusedException(Instant to, Instant furthest, Duration maxLead) {
        super("may move the clock at most " + maxLead + " beyond the later of the wall clock and the client's clock, "
                + "that is to " + furthest + ", not to " + to);
    }
}
