package io.evpair.adapters.ocpp;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands out OCPP transaction ids (a 32-bit integer). Seeded with the current Unix time in seconds, so a
 * restarted instance does not hand out ids it gave before unless it started more than one transaction per
 * second on average. Not unique across instances; the clustering issue will move this into the database.
 */
public final class TransactionIds {
    private final AtomicInteger next;

    public TransactionIds(Clock clock) {
        this.next = new AtomicInteger((int) (clock.instant().getEpochSecond() % Integer.MAX_VALUE));
    }

    int next() {
        return next.updateAndGet(id -> id == Integer.MAX_VALUE ? 1 : id + 1);
    }
}
