package io.github.cact.competency;

import io.github.cact.internal.numerics.BrentSolver;
import java.util.function.DoubleUnaryOperator;

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
        return BrentSolver.solve(t -> f.applyAsDouble(t) - target, lo, hi, ABSOLUTE_ACCURACY, MAX_EVALUATIONS);
    }
}
