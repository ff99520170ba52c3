package io.github.cact.cat.simulation;

import java.util.SplittableRandom;

/**
 * True abilities of simulated examinees: θ ~ N(0, Σ) over the scales, with Σ the equicorrelation matrix
 * (1 on the diagonal, R elsewhere), drawn as θ = L·z with L the Cholesky factor of Σ and z independent
 * standard normal draws. Σ is positive semi-definite exactly when −1/(S−1) ≤ R ≤ 1 for S scales; R = 1
 * gives one ability copied to every scale. Examinee n's abilities depend on the seed and n only.
 * Stateless.
 */
public final class TrueAbilities {

    private TrueAbilities() {
    }

    /**
     * Draws the abilities.
     *
     * @param examinees how many, ≥ 1
     * @param scales the scales per examinee, ≥ 1
     * @param correlation R, with −1/(S−1) &lt; R ≤ 1 (any R for one scale)
     * @param seed the master seed
     * @return θ[n][s], a new array
     * @throws IllegalArgumentException if a count or the correlation is out of range
     */
    public static double[][] correlatedNormal(int examinees, int scales, double correlation, long seed) {
        if (examinees < 1 || scales < 1) {
            throw new IllegalArgumentException("expected at least one examinee and one scale, got " + examinees
                    + " examinees and " + scales + " scales");
        }
        double[][] factor = equicorrelationFactor(scales, correlation);
        double[][] thetas = new double[examinees][scales];
        double[] z = new double[scales];
        for (int n = 0; n < examinees; n++) {
            SplittableRandom random = Seeds.stream(seed, Seeds.ABILITY, n);
            for (int s = 0; s < scales; s++) {
                z[s] = random.nextGaussian();
            }
            for (int s = 0; s < scales; s++) {
                double theta = 0;
                for (int t = 0; t <= s; t++) {
                    theta += factor[s][t] * z[t];
                }
                thetas[n][s] = theta;
            }
        }
        return thetas;
    }

    /**
     * The lower-triangular Cholesky factor L of the S × S equicorrelation matrix, L·Lᵀ = Σ; a pivot that
     * rounds to zero (R = 1) leaves its column zero.
     *
     * @param scales S, ≥ 1
     * @param correlation R
     * @return L, row by row
     * @throws IllegalArgumentException if R is outside (−1/(S−1), 1]
     */
    static double[][] equicorrelationFactor(int scales, double correlation) {
        double lowest = scales == 1 ? Double.NEGATIVE_INFINITY : -1.0 / (scales - 1);
        if (!(correlation > lowest && correlation <= 1) && !(scales == 1 && Double.isFinite(correlation))) {
            throw new IllegalArgumentException("the correlation must be in (" + lowest + ", 1] for " + scales
                    + " scales, got " + correlation);
        }
        double[][] l = new double[scales][scales];
        for (int i = 0; i < scales; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = i == j ? 1 : correlation;
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    l[i][i] = sum > 1e-12 ? Math.sqrt(sum) : 0;
                } else {
                    l[i][j] = l[j][j] > 0 ? sum / l[j][j] : 0;
                }
            }
        }
        return l;
    }
}
