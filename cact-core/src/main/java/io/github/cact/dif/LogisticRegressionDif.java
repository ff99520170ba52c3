package io.github.cact.dif;

import io.github.cact.internal.numerics.ChiSquare;

/**
 * Computes {@link LogisticDif} from an item sample: the rows are collapsed to distinct (score, group,
 * response) cells with their counts, the observed categories renumbered 0..K−1, the score standardised
 * (which changes no likelihood), and the null, M1, M2 and M3 models fitted by {@link CumulativeLogit}.
 * Stateless.
 */
final class LogisticRegressionDif {

    /** The Jodoin &amp; Gierl (2001) bounds on ΔR²: B from 0.035, C from 0.070. */
    static final double R2_B = 0.035;
    static final double R2_C = 0.070;

    private LogisticRegressionDif() {
    }

    /**
     * Tests one item.
     *
     * @param sample the examinees who answered it
     * @param alpha the significance level of the class
     * @return the result
     * @throws Untestable if fewer than two categories were used, or a model does not converge
     */
    static LogisticDif test(ItemSample sample, double alpha) throws Untestable {
        int levels = sample.maxScore + 1;
        int responses = sample.maxResponse + 1;
        double[] cells = new double[levels * 2 * responses];
        int[] used = new int[responses];
        double mean = 0;
        for (int e = 0; e < sample.size; e++) {
            cells[(sample.score[e] * 2 + (sample.focal[e] ? 1 : 0)) * responses + sample.response[e]]++;
            used[sample.response[e]]++;
            mean += sample.score[e];
        }
        mean /= sample.size;
        double var = 0;
        for (int e = 0; e < sample.size; e++) {
            double d = sample.score[e] - mean;
            var += d * d;
        }
        double sd = Math.sqrt(var / sample.size);
        int[] rank = new int[responses];
        int categories = 0;
        for (int k = 0; k < responses; k++) {
            rank[k] = used[k] > 0 ? categories++ : -1;
        }
        if (categories < 2) {
            throw new Untestable("every examinee of both groups gave the same response");
        }
        int rows = 0;
        for (double c : cells) {
            if (c > 0) {
                rows++;
            }
        }
        int[] y = new int[rows];
        double[] w = new double[rows];
        double[] x = new double[rows * 3];
        int row = 0;
        for (int s = 0; s < levels; s++) {
            for (int g = 0; g < 2; g++) {
                for (int k = 0; k < responses; k++) {
                    double c = cells[(s * 2 + g) * responses + k];
                    if (c == 0) {
                        continue;
                    }
                    double z = sd > 0 ? (s - mean) / sd : 0;
                    y[row] = rank[k];
                    w[row] = c;
                    x[row * 3] = z;
                    x[row * 3 + 1] = g;
                    x[row * 3 + 2] = z * g;
                    row++;
                }
            }
        }
        double ll0 = fit(y, new double[0], w, categories, 0, "the intercept-only model");
        double ll1 = fit(y, columns(x, rows, 1), w, categories, 1, "M1 (score)");
        double ll2 = fit(y, columns(x, rows, 2), w, categories, 2, "M2 (score + group)");
        double ll3 = fit(y, x, w, categories, 3, "M3 (score + group + score × group)");
        double n = sample.size;
        double uniform = lr(ll2, ll1);
        double nonUniform = lr(ll3, ll2);
        double both = lr(ll3, ll1);
        double p = ChiSquare.upperTail(both, 2);
        double r1 = nagelkerke(ll1, ll0, n);
        double r3 = nagelkerke(ll3, ll0, n);
        double delta = r3 - r1;
        DifClass cls = p >= alpha || delta < R2_B ? DifClass.A : delta >= R2_C ? DifClass.C : DifClass.B;
        return new LogisticDif(uniform, ChiSquare.upperTail(uniform, 1), nonUniform,
                ChiSquare.upperTail(nonUniform, 1), both, p, r1, nagelkerke(ll2, ll0, n), r3, cls, categories);
    }

    /** Nagelkerke (1991): R² = (1 − exp(−2(ℓ − ℓ0)/n)) / (1 − exp(2ℓ0/n)). */
    static double nagelkerke(double ll, double ll0, double n) {
        return -Math.expm1(-2 * (ll - ll0) / n) / -Math.expm1(2 * ll0 / n);
    }

    /** 2 (ℓ_big − ℓ_small), at least 0 (a nested model cannot fit better; rounding can say otherwise). */
    private static double lr(double big, double small) {
        return Math.max(0, 2 * (big - small));
    }

    private static double[] columns(double[] x, int rows, int p) {
        double[] out = new double[rows * p];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(x, r * 3, out, r * p, p);
        }
        return out;
    }

    private static double fit(int[] y, double[] x, double[] w, int categories, int p, String model)
            throws Untestable {
        CumulativeLogit.Fit fit = CumulativeLogit.fit(y, x, w, categories, p);
        if (!fit.converged() || !Double.isFinite(fit.logLikelihood())) {
            throw new Untestable("the logistic model " + model + " did not converge in "
                    + CumulativeLogit.MAX_ITERATIONS + " Newton steps");
        }
        return fit.logLikelihood();
    }
}
