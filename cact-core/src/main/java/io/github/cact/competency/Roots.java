package io.github.cact.competency;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/** Inverts a non-decreasing function of θ on [−20, 20] by Brent's method. */
final class Roots {

    private static final double ABSOLUTE_ACCURACY = 1e-10;
    private static final int MAX_EVALUATIONS = 1000;

    private Roots() {
    }

    /**
     * Returns θ in [−20, 20] with f(θ) = target, or NaN when the target lies outside [f(−20), f(20)].
     *
     * @param f a non-decreasing function
     * @param target the wanted value
     */
    static double invert(DoubleUnaryOperator f, double target) {
        double lo = -Levels.THETA_BOUND;
        double hi = Levels.THETA_BOUND;
        double flo = f.applyAsDouble(lo) - target;
        double fhi = f.applyAsDouble(hi) - target;
        if (flo == 0) {
            return lo;
        }
        if (fhi == 0) {
            return hi;
        }
        if (!(flo < 0 && fhi > 0)) {
            return Double.NaN;
        }
        return new BrentSolver(ABSOLUTE_ACCURACY).solve(MAX_EVALUATIONS, t -> f.applyAsDouble(t) - target, lo, hi);
    }
}
