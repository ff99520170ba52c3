package io.github.cact.internal.tables;

import io.github.cact.irt.ItemModel;
import java.util.List;

/**
 * The distribution of the summed score S = Σ_i X_i given θ, by the recursion of Lord &amp; Wingersky
 * (1984), generalised to polytomous items (Thissen, Pommerich, Billeaud &amp; Williams 1995): with
 * f_0(0) = 1 and f_i(s) = Σ_k f_{i−1}(s − k)·P_i(k | θ), P(S = s | θ) = f_I(s). Cost: O(I·S·K·Q) for
 * S = Σ (K_i − 1) and Q nodes. Stateless and thread-safe.
 */
public final class LordWingersky {

    private LordWingersky() {
    }

    /**
     * Returns the largest summed score of the items.
     *
     * @param models the items
     * @return Σ (K_i − 1)
     */
    public static int maxScore(List<ItemModel> models) {
        int max = 0;
        for (int i = 0; i < models.size(); i++) {
            max += models.get(i).categories() - 1;
        }
        return max;
    }

    /**
     * Computes P(S = s | θ_q) for every summed score and node, scaled per node so that no long test
     * underflows: P(S = s | θ_q) = out[s·Q + q]·exp(logScale[q]), with max_s out[s·Q + q] = 1.
     *
     * @param models the items (an empty list gives S = 0 with probability 1)
     * @param thetas the Q nodes
     * @param logScale receives Q log scale factors (modified)
     * @return a new row-major (maxScore + 1) × Q array
     */
    public static double[] scaledDistribution(List<ItemModel> models, double[] thetas, double[] logScale) {
        int nodes = thetas.length;
        int max = maxScore(models);
        double[] f = new double[(max + 1) * nodes];
        double[] next = new double[(max + 1) * nodes];
        double[] p = new double[nodes * maxCategories(models)];
        java.util.Arrays.fill(logScale, 0, nodes, 0.0);
        for (int q = 0; q < nodes; q++) {
            f[q] = 1.0;
        }
        double[] pk = new double[maxCategories(models)];
        int current = 0;
        for (int i = 0; i < models.size(); i++) {
            ItemModel model = models.get(i);
            int k = model.categories();
            for (int q = 0; q < nodes; q++) {
                model.probabilities(thetas[q], pk);
                for (int c = 0; c < k; c++) {
                    p[c * nodes + q] = pk[c];
                }
            }
            int top = current + k - 1;
            java.util.Arrays.fill(next, 0, (top + 1) * nodes, 0.0);
            for (int s = 0; s <= current; s++) {
                int from = s * nodes;
                for (int c = 0; c < k; c++) {
                    int to = (s + c) * nodes;
                    int pRow = c * nodes;
                    for (int q = 0; q < nodes; q++) {
                        next[to + q] += f[from + q] * p[pRow + q];
                    }
                }
            }
            current = top;
            double[] swap = f;
            f = next;
            next = swap;
            for (int q = 0; q < nodes; q++) {
                double peak = 0;
                for (int s = 0; s <= current; s++) {
                    peak = Math.max(peak, f[s * nodes + q]);
                }
                if (peak > 0 && peak != 1.0) {
                    double inverse = 1.0 / peak;
                    for (int s = 0; s <= current; s++) {
                        f[s * nodes + q] *= inverse;
                    }
                    logScale[q] += Math.log(peak);
                }
            }
        }
        return f;
    }

    /**
     * Computes P(S = s | θ_q) for every summed score and node, unscaled (entries may underflow to 0 for
     * long tests).
     *
     * @param models the items
     * @param thetas the Q nodes
     * @return a new row-major (maxScore + 1) × Q array; each column sums to 1
     */
    public static double[] distribution(List<ItemModel> models, double[] thetas) {
        double[] logScale = new double[thetas.length];
        double[] f = scaledDistribution(models, thetas, logScale);
        int nodes = thetas.length;
        for (int s = 0; s < f.length / nodes; s++) {
            for (int q = 0; q < nodes; q++) {
                f[s * nodes + q] *= Math.exp(logScale[q]);
            }
        }
        return f;
    }

    private static int maxCategories(List<ItemModel> models) {
        int max = 2;
        for (int i = 0; i < models.size(); i++) {
            max = Math.max(max, models.get(i).categories());
        }
        return max;
    }
}
