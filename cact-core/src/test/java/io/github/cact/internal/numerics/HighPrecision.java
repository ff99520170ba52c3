package io.github.cact.internal.numerics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Reference values for the numerics tests, computed from definitions in {@link BigDecimal}: π by Machin's
 * formula, e^y by its Taylor series, Φ by the Taylor series of its integral (alternating, so carried with
 * enough digits to absorb the cancellation), and the χ² upper tail for integer degrees of freedom by the
 * closed forms of Abramowitz &amp; Stegun (1964), 26.4.4 and 26.4.5. Independent of the code under test.
 */
public final class HighPrecision {

    private static final MathContext WORK = new MathContext(60);

    private HighPrecision() {
    }

    /** π to the given number of digits: 16·atan(1/5) − 4·atan(1/239) (Machin 1706). */
    static BigDecimal pi(MathContext mc) {
        return BigDecimal.valueOf(16).multiply(arctanInverse(5, mc), mc)
                .subtract(BigDecimal.valueOf(4).multiply(arctanInverse(239, mc), mc), mc);
    }

    /** atan(1/m) = Σ (−1)^k / ((2k+1) m^(2k+1)). */
    private static BigDecimal arctanInverse(int m, MathContext mc) {
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 5);
        BigDecimal power = BigDecimal.ONE.divide(BigDecimal.valueOf(m), mc);
        BigDecimal m2 = BigDecimal.valueOf((long) m * m);
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; power.compareTo(eps) > 0; k++) {
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * k + 1), mc);
            sum = k % 2 == 0 ? sum.add(term, mc) : sum.subtract(term, mc);
            power = power.divide(m2, mc);
        }
        return sum;
    }

    /** e^y by the Taylor series (of |y|, inverted for y &lt; 0). */
    static BigDecimal exp(BigDecimal y, MathContext mc) {
        BigDecimal x = y.abs();
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int n = 1; n < 100_000; n++) {
            term = term.multiply(x, mc).divide(BigDecimal.valueOf(n), mc);
            sum = sum.add(term, mc);
            if (n > x.doubleValue() && term.compareTo(sum.ulp()) < 0) {
                break;
            }
        }
        return y.signum() < 0 ? BigDecimal.ONE.divide(sum, mc) : sum;
    }

    /** Φ(z) = ½ + (2π)^(−½) Σ (−1)^n z^(2n+1) / (2^n n! (2n+1)), carried with 80 + z²·log10(e) digits. */
    static BigDecimal normalCdf(BigDecimal z) {
        double zd = z.doubleValue();
        MathContext mc = new MathContext(80 + (int) Math.ceil(zd * zd * 0.4343), RoundingMode.HALF_EVEN);
        BigDecimal z2 = z.multiply(z, mc);
        BigDecimal term = z;
        BigDecimal sum = z;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision());
        for (int n = 1; ; n++) {
            term = term.multiply(z2, mc).divide(BigDecimal.valueOf(-2L * n), mc);
            BigDecimal add = term.divide(BigDecimal.valueOf(2L * n + 1), mc);
            sum = sum.add(add, mc);
            if (n > zd * zd && add.abs().compareTo(eps) < 0) {
                break;
            }
        }
        BigDecimal sqrt2pi = pi(mc).multiply(BigDecimal.valueOf(2), mc).sqrt(mc);
        return new BigDecimal("0.5").add(sum.divide(sqrt2pi, mc), mc).round(WORK);
    }

    /** Φ at a double, exactly converted. */
    public static double normalCdf(double z) {
        return normalCdf(new BigDecimal(z)).doubleValue();
    }

    /**
     * P(χ²_df ≥ x) for integer df ≥ 1: e^(−x/2) Σ_{k&lt;df/2} (x/2)^k/k! for even df; 2(1 − Φ(√x)) +
     * 2φ(√x) Σ_{r=1}^{(df−1)/2} x^(r−½)/(1·3···(2r−1)) for odd df.
     *
     * @param x the statistic, &gt; 0
     * @param df the degrees of freedom, ≥ 1
     * @return the upper tail, to about 40 digits, as a double
     */
    public static double chiSquareUpperTail(double x, int df) {
        return chiSquareUpperTailExact(x, df).doubleValue();
    }

    /** {@link #chiSquareUpperTail} to 60 digits. */
    static BigDecimal chiSquareUpperTailExact(double x, int df) {
        BigDecimal bx = new BigDecimal(x);
        BigDecimal half = bx.divide(BigDecimal.valueOf(2), WORK);
        BigDecimal e = exp(half.negate(), WORK);
        if (df % 2 == 0) {
            BigDecimal term = BigDecimal.ONE;
            BigDecimal sum = BigDecimal.ONE;
            for (int k = 1; k < df / 2; k++) {
                term = term.multiply(half, WORK).divide(BigDecimal.valueOf(k), WORK);
                sum = sum.add(term, WORK);
            }
            return e.multiply(sum, WORK);
        }
        BigDecimal root = bx.sqrt(WORK);
        BigDecimal tail = normalCdf(root.negate()).multiply(BigDecimal.valueOf(2), WORK);
        BigDecimal density = e.divide(pi(WORK).multiply(BigDecimal.valueOf(2), WORK).sqrt(WORK), WORK);
        BigDecimal term = root;
        BigDecimal sum = BigDecimal.ZERO;
        for (int r = 1; r <= (df - 1) / 2; r++) {
            sum = sum.add(term, WORK);
            term = term.multiply(bx, WORK).divide(BigDecimal.valueOf(2L * r + 1), WORK);
        }
        return tail.add(density.multiply(sum, WORK).multiply(BigDecimal.valueOf(2), WORK), WORK);
    }
}
