package io.evpair.engine.inference;

/**
 * The most recent samples of one plug session, oldest dropped first, so a device's state stays bounded
 * (about 1 KB) however long it stays plugged in.
 */
final class SampleRing {
    static final int CAPACITY = 48;

    private final long[] at = new long[CAPACITY];
    private final float[] rateKw = new float[CAPACITY];
    private final float[] cumulativeKwh = new float[CAPACITY];
    private final boolean[] charging = new boolean[CAPACITY];
    private int start;
    private int size;

    void clear() {
        start = 0;
        size = 0;
    }

    void add(long time, boolean isCharging, double rate, double cumulative) {
        int slot;
        if (size < CAPACITY) {
            slot = (start + size) % CAPACITY;
            size++;
        } else {
            slot = start;
            start = (start + 1) % CAPACITY;
        }
        at[slot] = time;
        charging[slot] = isCharging;
        rateKw[slot] = (float) rate;
        cumulativeKwh[slot] = (float) cumulative;
    }

    int size() {
        return size;
    }

    private int slot(int i) {
        return (start + i) % CAPACITY;
    }

    long at(int i) {
        return at[slot(i)];
    }

    boolean charging(int i) {
        return charging[slot(i)];
    }

    /** NaN when the device did not report a rate. */
    double rate(int i) {
        return rateKw[slot(i)];
    }

    double cumulativeKwh(int i) {
        return cumulativeKwh[slot(i)];
    }

    /** Index of the last sample at or before {@code time}, or -1. Samples are in time order. */
    int lastAtOrBefore(long time) {
        int lo = 0;
        int hi = size - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (at(mid) <= time) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
