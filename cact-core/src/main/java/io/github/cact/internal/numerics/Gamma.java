package io.github.cact.internal.numerics;

/**
 * ln Γ and the regularised incomplete gamma functions P(a, x) = γ(a, x)/Γ(a) and Q(a, x) = 1 − P(a, x).
 * Stateless.
 *
 * <p>ln Γ(a) is Stirling's series through the a^(−15) term for a ≥ 10, reached from smaller a by the
 * recurrence Γ(a) = Γ(a + n)/(a(a+1)···(a+n−1)) (Abramowitz &amp; Stegun 1964, 6.1.40). P comes from its
 * power series for x &lt; a + 1 and Q from Legendre's continued fraction otherwise, evaluated by the modified
 * Lentz method (Press et al., Numerical Recipes, 3rd ed., §6.2). The common factor x^a e^(−x)/Γ(a) is
 * taken, for a ≥ 10, as √(a/(2π))·exp(a(ln(1+d) − d) − μ(a)) with d = (x − a)/a and μ Stirling's
 * correction, which keeps its relative error near the rounding of d rather than of a·ln x (Temme 1979).
 */
public final class Gamma {

    private static final double HALF_LN_2PI = 0.9189385332046728;
    private static final double STIRLING_FROM = 10;
    /** B_2k / (2k(2k − 1)) for k = 1..8, the coefficients of Stirling's series. */
    private static final double[] STIRLING = {
        1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360360, 1.0 / 156, -3617.0 / 122400,
    };
    private static final int MAX_TERMS = 100_000;
    private static final double EPS = 1e-16;
    private static final double TINY = 1e-300;

    private Gamma() {
    }

    /**
     * ln Γ(a).
     *
     * @param a &gt; 0
     * @return ln Γ(a); NaN for a ≤ 0 or NaN, +∞ for a = +∞
     */
    public static double logGamma(double a) {
        if (!(a > 0)) {
            return Double.NaN;
        }
        if (a >= STIRLING_FROM) {
            return (a - 0.5) * Math.log(a) - a + HALF_LN_2PI + stirlingCorrection(a);
        }
        double product = 1;
        double shifted = a;
        while (shifted < STIRLING_FROM) {
            product *= shifted;
            shifted += 1;
        }
        return logGamma(shifted) - Math.log(product);
    }

    /** μ(a) = ln Γ(a) − (a − ½) ln a + a − ½ ln 2π, for a ≥ 10. */
    private static double stirlingCorrection(double a) {
        double inverse = 1 / a;
        double inverse2 = inverse * inverse;
        double sum = 0;
        for (int k = STIRLING.length - 1; k >= 0; k--) {
            sum = sum * inverse2 + STIRLING[k];
        }
        return sum * inverse;
    }

    /**
     * P(a, x) = γ(a, x)/Γ(a), the regularised lower incomplete gamma function.
     *
     * @param a &gt; 0
     * @param x ≥ 0
     * @return P in [0, 1]; NaN for arguments outside the domain or NaN
     */
    public static double regularizedP(double a, double x) {
        if (!(a > 0) || !(x >= 0) || a == Double.POSITIVE_INFINITY) {
            return Double.NaN;
        }
        if (x == 0) {
            return 0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 1;
        }
        return x < a + 1 ? lowerSeries(a, x) : 1 - upperFraction(a, x);
    }

    /**
     * Q(a, x) = Γ(a, x)/Γ(a) = 1 − P(a, x), the regularised upper incomplete gamma function.
     *
     * @param a &gt; 0
     * @param x ≥ 0
     * @return Q in [0, 1]; NaN for arguments outside the domain or NaN
     */
    public static double regularizedQ(double a, double x) {
        if (!(a > 0) || !(x >= 0) || a == Double.POSITIVE_INFINITY) {
            return Double.NaN;
        }
        if (x == 0) {
            return 1;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 0;
        }
        return x < a + 1 ? 1 - lowerSeries(a, x) : upperFraction(a, x);
    }

    /** x^a e^(−x)/Γ(a). */
    private static double prefactor(double a, double x) {
        if (a < STIRLING_FROM) {
            return Math.exp(a * Math.log(x) - x - logGamma(a));
        }
        double d = (x - a) / a;
        return Math.sqrt(a / (2 * Math.PI)) * Math.exp(a * log1pMinusX(d) - stirlingCorrection(a));
    }

    /** ln(1 + d) − d, by its series for |d| ≤ ½ where the subtraction would cancel. */
    private static double log1pMinusX(double d) {
        if (Math.abs(d) > 0.5) {
            return Math.log1p(d) - d;
        }
        // −d²/2 + d³/3 − d⁴/4 + …
        double power = d * d;
        double sum = 0;
        for (int k = 2; k < MAX_TERMS; k++) {
            double term = (k % 2 == 0 ? -power : power) / k;
            double next = sum + term;
            if (next == sum) {
                return sum;
            }
            sum = next;
            power *= d;
        }
        return sum;
    }

    /** P(a, x) = x^a e^(−x)/Γ(a+1) · Σ_{n≥0} x^n/((a+1)···(a+n)), for x &lt; a + 1. */
    private static double lowerSeries(double a, double x) {
        double term = 1 / a;
        double sum = term;
        double ap = a;
        for (int n = 1; n < MAX_TERMS; n++) {
            ap += 1;
            term *= x / ap;
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPS) {
                return Math.min(1, sum * prefactor(a, x));
            }
        }
        throw new IllegalStateException("incomplete gamma series did not converge at a = " + a + ", x = " + x);
    }

    /** Q(a, x) = x^a e^(−x)/Γ(a) · 1/(x+1−a− 1·(1−a)/(x+3−a− 2·(2−a)/(x+5−a− …))), for x ≥ a + 1. */
    private static double upperFraction(double a, double x) {
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_TERMS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < TINY ? TINY : d;
            c = b + an / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPS) {
                return Math.min(1, h * prefactor(a, x));
            }
        }
        throw new IllegalStateException("incomplete gamma fraction did not converge at a = " + a + ", x = " + x);
    }
}
