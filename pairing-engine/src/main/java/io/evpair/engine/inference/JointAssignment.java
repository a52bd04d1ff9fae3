package io.evpair.engine.inference;

/**
 * Exclusivity as one decision over the whole household: every plugged vehicle goes to at most one plugged
 * charger and the other way round, and anything may be plugged in elsewhere (a guest's car, a public charger).
 * The best assignment maximises the summed points; an edge's margin is how much better the best assignment
 * containing it is than the best one without it. Two explanations that fit equally well give a margin of zero,
 * which is how the engine knows to wait.
 */
final class JointAssignment {
    private final double[][] score;
    private final int vehicles;
    private final int chargers;

    /** @param score points per vehicle (row) and charger (column); negative infinity for ruled-out pairs */
    JointAssignment(double[][] score, int chargers) {
        this.score = score;
        this.vehicles = score.length;
        this.chargers = chargers;
        if (chargers > 30) {
            throw new IllegalArgumentException("a household with more than 30 chargers is not supported");
        }
    }

    /** Best total with edge (v, c) forced in. */
    double bestWith(int v, int c) {
        return score[v][c] + best(0, 1 << c, v, -1, -1);
    }

    /** Best total with edge (v, c) forbidden. */
    double bestWithout(int v, int c) {
        return best(0, 0, -1, v, c);
    }

    double best() {
        return best(0, 0, -1, -1, -1);
    }

    double margin(int v, int c) {
        return bestWith(v, c) - bestWithout(v, c);
    }

    private double best(int row, int used, int skipRow, int bannedRow, int bannedCol) {
        if (row == vehicles) {
            return 0;
        }
        double best = best(row + 1, used, skipRow, bannedRow, bannedCol); // plugged in elsewhere
        if (row == skipRow) {
            return best;
        }
        for (int c = 0; c < chargers; c++) {
            double s = score[row][c];
            if ((used & (1 << c)) != 0 || s <= 0 || (row == bannedRow && c == bannedCol)) {
                continue;
            }
            best = Math.max(best, s + best(row + 1, used | (1 << c), skipRow, bannedRow, bannedCol));
        }
        return best;
    }
}
