package io.github.cact.dif;

import io.github.cact.internal.numerics.ChiSquare;
import io.github.cact.internal.numerics.NormalDistribution;
import java.util.OptionalDouble;

/**
 * Computes {@link MantelHaenszelDif} from an item sample: one 2 × K table per matching score (a stratum),
 * strata without examinees of both groups left out. Formulas: Holland &amp; Thayer (1988) and difR's
 * {@code difMH(correct = TRUE)} for dichotomous items, Mantel (1963) and Zwick, Thayer &amp; Mazzeo (1997)
 * for polytomous ones; see {@code docs/dif.md}. Stateless.
 */
final class MantelHaenszel {

    /** The ETS effect-size bounds on |Δ_MH|: B from 1, C from 1.5 (Zwick 2012). */
    static final double DELTA_B = 1.0;
    static final double DELTA_C = 1.5;
    /** The ETS bounds on |SMD / SD| for polytomous items: BB above 0.17, CC above 0.25 (Zwick et al. 1997). */
    static final double SMD_B = 0.17;
    static final double SMD_C = 0.25;
    /** Δ = −2.35 ln α (Holland &amp; Thayer 1988). */
    static final double DELTA_SCALE = -2.35;

    private MantelHaenszel() {
    }

    /**
     * Tests one item.
     *
     * @param sample the examinees who answered it
     * @param dichotomous whether the item is scored 0/1 (otherwise Mantel's test)
     * @param alpha the significance level of the ETS class
     * @return the result
     * @throws Untestable if no stratum holds both groups with different responses, or the odds ratio is 0 or ∞
     */
    static MantelHaenszelDif test(ItemSample sample, boolean dichotomous, double alpha) throws Untestable {
        int levels = sample.maxScore + 1;
        double[] nR = new double[levels];
        double[] nF = new double[levels];
        double[] sumR = new double[levels];
        double[] sumF = new double[levels];
        double[] sq = new double[levels];
        double total = 0;
        double totalSq = 0;
        for (int e = 0; e < sample.size; e++) {
            int k = sample.score[e];
            double y = sample.response[e];
            if (sample.focal[e]) {
                nF[k]++;
                sumF[k] += y;
            } else {
                nR[k]++;
                sumR[k] += y;
            }
            sq[k] += y * y;
            total += y;
            totalSq += y * y;
        }
        double n = sample.size;
        double itemVariance = (totalSq - total * total / n) / n;
        double focalInStrata = 0;
        int strata = 0;
        for (int k = 0; k < levels; k++) {
            if (nR[k] > 0 && nF[k] > 0) {
                focalInStrata += nF[k];
                strata++;
            }
        }
        if (strata == 0) {
            throw new Untestable("no matching score is shared by examinees of both groups");
        }
        // sums over strata: focal score total and its expectation and variance, SMD, odds-ratio terms
        double observed = 0;
        double expected = 0;
        double variance = 0;
        double smd = 0;
        double r = 0;
        double s = 0;
        double pr = 0;
        double psqr = 0;
        double qs = 0;
        for (int k = 0; k < levels; k++) {
            if (nR[k] == 0 || nF[k] == 0) {
                continue;
            }
            double nk = nR[k] + nF[k];
            double sumK = sumR[k] + sumF[k];
            observed += sumF[k];
            expected += nF[k] * sumK / nk;
            variance += nR[k] * nF[k] * (nk * sq[k] - sumK * sumK) / (nk * nk * (nk - 1));
            smd += nF[k] / focalInStrata * (sumF[k] / nF[k] - sumR[k] / nR[k]);
            if (dichotomous) {
                double a = sumR[k];
                double b = nR[k] - a;
                double c = sumF[k];
                double d = nF[k] - c;
                double rk = a * d / nk;
                double sk = b * c / nk;
                double pk = (a + d) / nk;
                double qk = (b + c) / nk;
                r += rk;
                s += sk;
                pr += pk * rk;
                psqr += pk * sk + qk * rk;
                qs += qk * sk;
            }
        }
        if (!(variance > 0)) {
            throw new Untestable("within every matching score shared by both groups all responses are equal");
        }
        double deviation = Math.abs(observed - expected);
        double chi2 = dichotomous ? square(deviation - 0.5) / variance : deviation * deviation / variance;
        double p = ChiSquare.upperTail(chi2, 1);
        double effect = smd / Math.sqrt(itemVariance);
        if (!dichotomous) {
            DifClass ets = p >= alpha || Math.abs(effect) <= SMD_B ? DifClass.A
                    : Math.abs(effect) > SMD_C ? DifClass.C : DifClass.B;
            return new MantelHaenszelDif(chi2, p, OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty(), smd, effect, ets, strata);
        }
        if (r == 0) {
            throw new Untestable("the common odds ratio is 0: no matching score holds a reference examinee with 1"
                    + " together with a focal examinee with 0");
        }
        if (s == 0) {
            throw new Untestable("the common odds ratio is infinite: no matching score holds a reference examinee"
                    + " with 0 together with a focal examinee with 1");
        }
        double oddsRatio = r / s;
        double logVariance = pr / (2 * r * r) + psqr / (2 * r * s) + qs / (2 * s * s);
        double delta = DELTA_SCALE * Math.log(oddsRatio);
        double se = -DELTA_SCALE * Math.sqrt(logVariance);
        return new MantelHaenszelDif(chi2, p, OptionalDouble.of(oddsRatio), OptionalDouble.of(delta),
                OptionalDouble.of(se), smd, effect, etsClass(delta, se, p, alpha), strata);
    }

    /**
     * The ETS class of a dichotomous item (Zwick 2012): A if |Δ| &lt; 1 or the MH test is not significant;
     * C if |Δ| ≥ 1.5 and |Δ| is significantly greater than 1 (the interval-null test of Paek &amp; Holland
     * 2015, p = Φ((−1 − |Δ|)/SE) + Φ((1 − |Δ|)/SE)); B otherwise.
     */
    static DifClass etsClass(double delta, double se, double p, double alpha) {
        double size = Math.abs(delta);
        if (p >= alpha || size < DELTA_B) {
            return DifClass.A;
        }
        if (size >= DELTA_C && aboveOne(size, se) < alpha) {
            return DifClass.C;
        }
        return DifClass.B;
    }

    /** The p-value of H0: |Δ| ≤ 1 against |Δ| &gt; 1 (Paek &amp; Holland 2015). */
    static double aboveOne(double size, double se) {
        if (se == 0) {
            return size > DELTA_B ? 0 : 1;
        }
        return NormalDistribution.cdf((-DELTA_B - size) / se) + NormalDistribution.cdf((DELTA_B - size) / se);
    }

    private static double square(double x) {
        return x * x;
    }
}
