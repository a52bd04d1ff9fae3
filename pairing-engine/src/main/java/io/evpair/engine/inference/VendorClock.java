package io.evpair.engine.inference;

/**
 * Estimates a device's vendor clock skew from causality: a report cannot reach us before it was observed, so
 * {@code skew >= observedAt - receivedAt} for every report, and the largest such lead is the skew minus the
 * smallest delivery delay seen so far. Over a few dozen reports that converges to within seconds, which turns
 * the vendors' ±2 minute skew into a few seconds of residual error.
 */
final class VendorClock {
    /** SPEC: vehicle clocks are off by up to two minutes; we never correct more than that. */
    static final long MAX_SKEW_MS = 120_000;

    private long maxLeadMs = Long.MIN_VALUE;

    void observe(long observedAtMs, long receivedAtMs) {
        maxLeadMs = Math.max(maxLeadMs, observedAtMs - receivedAtMs);
    }

    long skewMs() {
        if (maxLeadMs == Long.MIN_VALUE) {
            return 0;
        }
        return Math.max(-MAX_SKEW_MS, Math.min(MAX_SKEW_MS, maxLeadMs));
    }

    /** The true time of a report, as well as we can tell. */
    long correct(long observedAtMs) {
        return observedAtMs - skewMs();
    }
}
