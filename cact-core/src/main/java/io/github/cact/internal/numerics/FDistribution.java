package io.github.cact.internal.numerics;

/**
 * The F distribution with d1 and d2 degrees of freedom: its distribution function through the regularized
 * incomplete beta function, P(F ≤ x) = I_{d1 x / (d1 x + d2)}(d1/2, d2/2) (Abramowitz &amp; Stegun 1964,
 * 26.6.2), and its quantiles by solving for that function's argument. The incomplete beta is evaluated by
 * its continued fraction (A&amp;S 26.5.8), summed by the modified Lentz method, on the side of the symmetry
 * I_y(a, b) = 1 − I_{1−y}(b, a) where the fraction converges quickly (y &lt; (a + 1)/(a + b + 2)).
 * Stateless.
 */
public final class FDistribution {

    private static final int MAX_TERMS = 1_000_000;
    private static final double TINY = 1e-300;

    private FDistribution() {
    }

    /**
     * The distribution function.
     *
     * @param x the value, ≥ 0
     * @param d1 the numerator degrees of freedom, &gt; 0
     * @param d2 the denominator degrees of freedom, &gt; 0
     * @return P(F ≤ x)
     */
    public static double cdf(double x, double d1, double d2) {
        if (!(x > 0)) {
            return 0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 1;
        }
        return regularizedBeta(d1 * x / (d1 * x + d2), d1 / 2, d2 / 2);
    }

    /**
     * The quantile: the x with P(F ≤ x) = p.
     *
     * @param p the probability, strictly between 0 and 1
     * @param d1 the numerator degrees of freedom, &gt; 0
     * @param d2 the denominator degrees of freedom, &gt; 0
     * @return the quantile, &gt; 0
     * @throws IllegalArgumentException if p or a degree of freedom is out of range
     */
    public static double quantile(double p, double d1, double d2) {
        if (!(p > 0 && p < 1) || !(d1 > 0) || !(d2 > 0)) {
            throw new IllegalArgumentException("F quantile needs 0 < p < 1 and positive degrees of freedom, got p = "
                    + p + ", d1 = " + d1 + ", d2 = " + d2);
        }
        double a = d1 / 2;
        double b = d2 / 2;
        double y = BrentSolver.solve(t -> regularizedBeta(t, a, b) - p, 0, 1, 1e-17, 2000);
        return d2 * y / (d1 * (1 - y));
    }

    /**
     * The regularized incomplete beta function I_y(a, b).
     *
     * @param y the argument, in [0, 1]
     * @param a the first shape, &gt; 0
     * @param b the second shape, &gt; 0
     * @return I_y(a, b) in [0, 1]
     */
    static double regularizedBeta(double y, double a, double b) {
        if (y <= 0) {
            return 0;
        }
        if (y >= 1) {
            return 1;
        }
        double logFront = a * Math.log(y) + b * Math.log1p(-y) - logBeta(a, b);
        if (y < (a + 1) / (a + b + 2)) {
            return Math.exp(logFront) * continuedFraction(y, a, b) / a;
        }
        return 1 - Math.exp(logFront) * continuedFraction(1 - y, b, a) / b;
    }

    private static double logBeta(double a, double b) {
        return Gamma.logGamma(a) + Gamma.logGamma(b) - Gamma.logGamma(a + b);
    }

    /** The continued fraction 1/(1+ d1/(1+ d2/(1+ ...))) of A&amp;S 26.5.8, by the modified Lentz method. */
    private static double continuedFraction(double y, double a, double b) {
        double c = 1;
        double d = 1 - (a + b) * y / (a + 1);
        d = 1 / (Math.abs(d) < TINY ? TINY : d);
        double result = d;
        for (int m = 1; m <= MAX_TERMS; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * y / ((a + m2 - 1) * (a + m2));
            d = 1 + even * d;
            d = 1 / (Math.abs(d) < TINY ? TINY : d);
            c = 1 + even / c;
            c = Math.abs(c) < TINY ? TINY : c;
            result *= d * c;
            double odd = -(a + m) * (a + b + m) * y / ((a + m2) * (a + m2 + 1));
            d = 1 + odd * d;
            d = 1 / (Math.abs(d) < TINY ? TINY : d);
            c = 1 + odd / c;
            c = Math.abs(c) < TINY ? TINY : c;
            double step = d * c;
            result *= step;
            if (Math.abs(step - 1) < 1e-15) {
                return result;
            }
        }
        throw new IllegalStateException("the incomplete beta continued fraction did not converge for y = " + y
                + ", a = " + a + ", b = " + b);
    }
}
