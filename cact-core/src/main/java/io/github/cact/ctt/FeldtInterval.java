package io.github.cact.ctt;

import io.github.cact.internal.numerics.FDistribution;

/**
 * The confidence interval of Cronbach's α by Feldt's F distribution: with N persons and k items,
 * (1 − α) / (1 − α̂) follows F with N − 1 and (N − 1)(k − 1) degrees of freedom, so the 1 − γ interval is
 * [1 − (1 − α̂) F_{1−γ/2}, 1 − (1 − α̂) F_{γ/2}] (Feldt 1965; Feldt, Woodruff &amp; Salih 1987, eq. 5; as
 * psych's {@code alpha.ci}). Stateless.
 */
public final class FeldtInterval {

    private FeldtInterval() {
    }

    /**
     * The interval.
     *
     * @param alpha the sample α, below 1
     * @param persons the complete cases it was computed from, at least 2
     * @param items the items, at least 2
     * @param confidence the coverage, e.g. 0.95, strictly between 0 and 1
     * @return {lower, upper}
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double[] of(double alpha, int persons, int items, double confidence) {
        if (!(alpha < 1) || Double.isInfinite(alpha) || persons < 2 || items < 2
                || !(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("Feldt's interval needs alpha < 1, at least 2 persons and 2 items and"
                    + " 0 < confidence < 1; got alpha = " + alpha + ", " + persons + " persons, " + items + " items,"
                    + " confidence " + confidence);
        }
        double d1 = persons - 1.0;
        double d2 = d1 * (items - 1);
        double tail = (1 - confidence) / 2;
        return new double[] {1 - (1 - alpha) * FDistribution.quantile(1 - tail, d1, d2),
            1 - (1 - alpha) * FDistribution.quantile(tail, d1, d2)};
    }
}
