package io.evpair.engine.inference.replay;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** score.py's figures; {@link #toJson()} prints them the way score.py does. */
record ReplayScore(int checkpointsMin, Double precision, int falsePairEpisodes, Double recall, Double sessionRecall,
                   Double latencyP50s, Double latencyP95s, int observableSessions, int observations, double wallS) {

    String toJson() {
        return "{\"checkpoints_min\": " + checkpointsMin
                + ", \"precision\": " + py(precision)
                + ", \"false_pair_episodes\": " + falsePairEpisodes
                + ", \"recall\": " + py(recall)
                + ", \"session_recall\": " + py(sessionRecall)
                + ", \"latency_p50_s\": " + py(latencyP50s)
                + ", \"latency_p95_s\": " + py(latencyP95s)
                + ", \"observable_sessions\": " + observableSessions
                + ", \"observations\": " + observations
                + ", \"wall_s\": " + py(round(wallS, 1)) + "}";
    }

    /** Python's round(x, n): exact decimal value of the double, half-even. */
    static Double round(double x, int places) {
        return new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Python's float repr for the short values we print (json.dumps uses repr). */
    private static String py(Double x) {
        if (x == null) {
            return "null";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return (long) x.doubleValue() + ".0";
        }
        return Double.toString(x);
    }
}
