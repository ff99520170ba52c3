package io.github.cact.internal.numerics;

import java.util.function.DoubleUnaryOperator;

/**
 * A zero of a continuous function on a bracketing interval by Brent's method: inverse quadratic or secant
 * interpolation where it makes progress, bisection where it does not, so that the bracket shrinks at least
 * as fast as bisection's (Brent 1973, Algorithms for Minimization without Derivatives, ch. 4). Stateless.
 */
public final class BrentSolver {

    private static final double EPS = Math.ulp(1.0);

    private BrentSolver() {
    }

    /**
     * A zero of f in [lo, hi] to within absoluteAccuracy (plus 4 ulps of the zero).
     *
     * @param f the function, continuous on [lo, hi]
     * @param lo the lower end
     * @param hi the upper end; f(lo) and f(hi) must not have the same sign
     * @param absoluteAccuracy the wanted width of the final bracket, &gt; 0
     * @param maxEvaluations the evaluation budget
     * @return the zero
     * @throws IllegalArgumentException if f(lo) and f(hi) have the same sign or either is NaN
     * @throws IllegalStateException if the budget is spent first
     */
    public static double solve(DoubleUnaryOperator f, double lo, double hi, double absoluteAccuracy,
            int maxEvaluations) {
        double a = lo;
        double b = hi;
        double fa = f.applyAsDouble(a);
        double fb = f.applyAsDouble(b);
        if (fa == 0) {
            return a;
        }
        if (fb == 0) {
            return b;
        }
        if (!(fa * fb < 0)) {
            throw new IllegalArgumentException("no sign change on [" + lo + ", " + hi + "]: f = " + fa + ", " + fb);
        }
        // b is the best estimate, a the previous one, c the other end of the bracket [b, c]
        double c = a;
        double fc = fa;
        double step = b - a;
        double previousStep = step;
        for (int evaluations = 2; evaluations < maxEvaluations; evaluations++) {
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tolerance = 2 * EPS * Math.abs(b) + 0.5 * absoluteAccuracy;
            double half = 0.5 * (c - b);
            if (Math.abs(half) <= tolerance || fb == 0) {
                return b;
            }
            if (Math.abs(previousStep) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
                // interpolate: secant through a, b, or inverse quadratic through a, b, c
                double p;
                double q;
                double s = fb / fa;
                if (a == c) {
                    p = 2 * half * s;
                    q = 1 - s;
                } else {
                    double r = fb / fc;
                    double t = fa / fc;
                    p = s * (2 * half * t * (t - r) - (b - a) * (r - 1));
                    q = (t - 1) * (r - 1) * (s - 1);
                }
                if (p > 0) {
                    q = -q;
                } else {
                    p = -p;
                }
                if (2 * p < Math.min(3 * half * q - Math.abs(tolerance * q), Math.abs(previousStep * q))) {
                    previousStep = step;
                    step = p / q;
                } else {
                    step = half;
                    previousStep = step;
                }
            } else {
                step = half;
                previousStep = step;
            }
            a = b;
            fa = fb;
            b += Math.abs(step) > tolerance ? step : Math.copySign(tolerance, half);
            fb = f.applyAsDouble(b);
            if ((fb > 0) == (fc > 0)) {
                c = a;
                fc = fa;
                step = b - a;
                previousStep = step;
            }
        }
        throw new IllegalStateException("Brent's method spent " + maxEvaluations + " evaluations on [" + lo + ", "
                + hi + "]");
    }
}
