package io.github.cact.internal.numerics;

/**
 * The standard normal density φ and distribution function Φ. Stateless.
 *
 * <p>For |z| &lt; 2, Φ(z) = ½ + φ(z) Σ_{n≥0} z^(2n+1) / (1·3·5···(2n+1)) (Marsaglia 2004, "Evaluating the
 * normal distribution", J. Stat. Softw. 11(4)). Beyond, Φ(−x) = φ(x)·R(x) with Mills' ratio R(x) from
 * Laplace's continued fraction R(x) = 1/(x + 1/(x + 2/(x + 3/(x + …)))), evaluated by the modified Lentz
 * method (Press et al., Numerical Recipes, 3rd ed., §5.2). φ(z) is evaluated as e^(−h²/2)·e^(−(z−h)(z+h)/2)
 * with h = z rounded to a multiple of 1/16, so that z² is never rounded (Cody 1969, Math. Comp. 23).
 * Relative error below 1e-14, in the lower tail too down to Φ = 1e-300 (checked against a 40-digit series).
 */
public final class NormalDistribution {

    /** 1/√(2π). */
    private static final double INV_SQRT_2PI = 0.3989422804014327;
    /** Below this |z| the series is used, beyond it the continued fraction. */
    private static final double SERIES_LIMIT = 2.0;
    private static final int MAX_TERMS = 10_000;
    private static final double TINY = 1e-300;

    private NormalDistribution() {
    }

    /**
     * φ(z) = e^(−z²/2)/√(2π).
     *
     * @param z any value; NaN gives NaN, ±∞ give 0
     * @return the density
     */
    public static double density(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        double x = Math.abs(z);
        if (x > 40) {
            return 0;
        }
        double h = Math.rint(x * 16) / 16;
        return INV_SQRT_2PI * Math.exp(-0.5 * h * h) * Math.exp(-0.5 * (x - h) * (x + h));
    }

    /**
     * Φ(z) = P(Z ≤ z) for Z ~ N(0, 1).
     *
     * @param z any value; NaN gives NaN, Φ(−∞) = 0, Φ(+∞) = 1
     * @return the probability
     */
    public static double cdf(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        double x = Math.abs(z);
        if (x < SERIES_LIMIT) {
            return 0.5 + density(z) * series(z);
        }
        double tail = x > 40 ? 0 : density(x) * millsRatio(x);
        return z < 0 ? tail : 1 - tail;
    }

    /** Σ_{n≥0} z^(2n+1) / (1·3·5···(2n+1)): all terms share the sign of z. */
    private static double series(double z) {
        double z2 = z * z;
        double term = z;
        double sum = z;
        for (int n = 1; n < MAX_TERMS; n++) {
            term *= z2 / (2 * n + 1);
            double next = sum + term;
            if (next == sum) {
                return sum;
            }
            sum = next;
        }
        throw new IllegalStateException("normal series did not converge at z = " + z);
    }

    /** R(x) = (1 − Φ(x))/φ(x) for x ≥ 2, Laplace's continued fraction by modified Lentz. */
    private static double millsRatio(double x) {
        // D = x + 1/(x + 2/(x + 3/(x + …))), R = 1/D
        double f = x;
        double c = x;
        double d = 0;
        for (int n = 1; n < MAX_TERMS; n++) {
            d = x + n * d;
            d = d == 0 ? TINY : d;
            c = x + n / c;
            c = c == 0 ? TINY : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) <= 1e-16) {
                return 1 / f;
            }
        }
        throw new IllegalStateException("Mills' ratio did not converge at x = " + x);
    }

    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};
    /** Below this p (and above 1 − it) the tail approximation is used. */
    private static final double QUANTILE_TAIL = 0.02425;

    /**
     * Acklam's rational approximation of the standard normal quantile Φ⁻¹(p), relative error below 1.2e-9
     * (Acklam 2003, "An algorithm for computing the inverse normal cumulative distribution function"):
     * central region |p − ½| ≤ 0.47575, tails through √(−2 log p). Callers refine it with {@link #cdf}.
     *
     * @param p a probability in (0, 1)
     * @return the approximate quantile
     */
    public static double quantileApproximation(double p) {
        if (p < QUANTILE_TAIL) {
            return tail(Math.sqrt(-2 * Math.log(p)));
        }
        if (p > 1 - QUANTILE_TAIL) {
            return -tail(Math.sqrt(-2 * Math.log1p(-p)));
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }

    private static double tail(double q) {
        return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    }
}
