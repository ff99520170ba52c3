package io.github.cact.internal.numerics;

/**
 * The central χ² distribution with df degrees of freedom: P(χ²_df ≤ x) = P(df/2, x/2) and its upper tail
 * Q(df/2, x/2), the regularised incomplete gamma functions of {@link Gamma} (Abramowitz &amp; Stegun 1964,
 * 26.4.19). Stateless.
 */
public final class ChiSquare {

    private ChiSquare() {
    }

    /**
     * P(χ²_df ≤ x).
     *
     * @param x the statistic; x ≤ 0 gives 0
     * @param df the degrees of freedom, &gt; 0
     * @return the distribution function; NaN for NaN or df ≤ 0
     */
    public static double cdf(double x, double df) {
        if (!(df > 0) || Double.isNaN(x)) {
            return Double.NaN;
        }
        return x <= 0 ? 0 : Gamma.regularizedP(df / 2, x / 2);
    }

    /**
     * P(χ²_df ≥ x), the p-value of x; computed directly, so small p-values keep their relative accuracy.
     *
     * @param x the statistic; x ≤ 0 gives 1
     * @param df the degrees of freedom, &gt; 0
     * @return the upper tail; NaN for NaN or df ≤ 0
     */
    public static double upperTail(double x, double df) {
        if (!(df > 0) || Double.isNaN(x)) {
            return Double.NaN;
        }
        return x <= 0 ? 1 : Gamma.regularizedQ(df / 2, x / 2);
    }
}
