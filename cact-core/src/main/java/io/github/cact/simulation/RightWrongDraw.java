package io.github.cact.simulation;

import io.github.cact.internal.numerics.Logistic;
import io.github.cact.irt.DichotomousItem;

/**
 * The draw of a right/wrong item's response from a uniform u: wrong (0) when u &lt; P(X = 0 | θ), right (1)
 * otherwise, with P(X = 0 | θ) = (1 − c⁺) + (c⁺ − c⁻)·σ(−(aθ + d)) computed exactly as
 * {@link DichotomousItem#probabilities} computes it (c⁻ the lower and c⁺ the upper asymptote). Most
 * draws are decided without the exponential: σ is read from a table at steps h = 1/64 on [−40, 40] with
 * linear interpolation, whose error is at most h²/8 · max|σ''| = h²/8 · 1/(6√3) ≈ 2.94·10⁻⁶ (the
 * interpolation remainder bound; outside the table σ is within e⁻⁴⁰ of 0 or 1), so the exact
 * probability is computed only when u lies within {@link #MARGIN} of the approximation: the responses
 * are those of the exact rule, bit for bit. Immutable and thread-safe.
 */
final class RightWrongDraw {

    /** Table steps per unit of the argument. */
    private static final int STEPS = 64;
    /** The table covers σ on [−RANGE, RANGE]. */
    private static final int RANGE = 40;
    /** σ(−RANGE + j / STEPS), j = 0..2·RANGE·STEPS. */
    private static final double[] SIGMOID = new double[2 * RANGE * STEPS + 1];
    /** The largest table position interpolated: just below the last entry, so that j + 1 is in the table. */
    private static final double LAST = Math.nextDown((double) (SIGMOID.length - 1));
    /**
     * A bound on |approximate − exact| of P(X = 0): the interpolation bound 2.94·10⁻⁶ with room for the
     * rounding of the table entries and of the arithmetic (below 10⁻¹⁴).
     */
    static final double MARGIN = 3e-6;

    static {
        for (int j = 0; j < SIGMOID.length; j++) {
            SIGMOID[j] = Logistic.sigmoid(-RANGE + (double) j / STEPS);
        }
    }

    private final double slope;
    private final double intercept;
    private final double wrongFloor;
    private final double span;

    private RightWrongDraw(DichotomousItem item) {
        this.slope = item.slope();
        this.intercept = item.intercept();
        this.wrongFloor = 1 - item.upper();
        this.span = item.upper() - item.guessing();
    }

    /**
     * The draw for an item.
     *
     * @param item the item
     * @return its draw
     */
    static RightWrongDraw of(DichotomousItem item) {
        return new RightWrongDraw(item);
    }

    /**
     * Draws a response.
     *
     * @param theta the ability
     * @param u a uniform in [0, 1)
     * @return 1 if {@code u ≥ P(X = 0 | θ)} as computed exactly, else 0
     */
    int draw(double theta, double u) {
        double z = slope * theta + intercept;
        double distance = u - (wrongFloor + span * sigmoid(-z));
        if (Math.abs(distance) <= MARGIN) {
            return u >= exactWrong(theta) ? 1 : 0;
        }
        // beyond the margin, u and the exact probability are in the same order as u and the approximation;
        // the sign bit of the distance (never −0 here) decides without a branch the data cannot predict
        return (int) (Double.doubleToRawLongBits(distance) >>> 63) ^ 1;
    }

    /** P(X = 0 | θ) with the arithmetic of {@link DichotomousItem#probabilities}. */
    double exactWrong(double theta) {
        double z = slope * theta + intercept;
        return wrongFloor + span * Logistic.sigmoid(-z);
    }

    /**
     * σ(t) within 2.94·10⁻⁶ (plus rounding): linear interpolation in the table, clamped to its ends without
     * a branch (beyond them σ is within e⁻⁴⁰ of the end values); NaN for NaN.
     */
    static double sigmoid(double t) {
        double x = Math.min(Math.max((t + RANGE) * STEPS, 0), LAST);
        int j = (int) x;
        double fraction = x - j;
        return SIGMOID[j] + fraction * (SIGMOID[j + 1] - SIGMOID[j]);
    }
}
