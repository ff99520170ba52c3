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
        double[][] rows = categoryRows(models, thetas);
        int[] items = allItems(rows.length);
        double[] f = scaledDistribution(rows, items, items.length, thetas.length, new Scratch(), logScale);
        return java.util.Arrays.copyOf(f, (maxScore(models) + 1) * thetas.length);
    }

    /**
     * Tabulates the {@link #categoryRows(ItemModel, double[]) category rows} of every item.
     *
     * @param models the items
     * @param thetas the Q nodes
     * @return one new K_i × Q array per item, in order
     */
    public static double[][] categoryRows(List<ItemModel> models, double[] thetas) {
        double[][] rows = new double[models.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = categoryRows(models.get(i), thetas);
        }
        return rows;
    }

    /**
     * Returns the positions of all of {@code count} items in order, for the recursion over all of them.
     *
     * @param count the number of items
     * @return 0, 1, …, count − 1
     */
    public static int[] allItems(int count) {
        int[] items = new int[count];
        for (int i = 0; i < count; i++) {
            items[i] = i;
        }
        return items;
    }

    /**
     * Returns the largest summed score of the items {@code items[0..count)} from their category rows.
     *
     * @param rows the category rows of every item (K_i × Q each)
     * @param items the positions in {@code rows} of the items
     * @param count how many of {@code items} count
     * @param nodes Q
     * @return Σ (K_i − 1)
     */
    public static int maxScore(double[][] rows, int[] items, int count, int nodes) {
        int max = 0;
        for (int n = 0; n < count; n++) {
            max += rows[items[n]].length / nodes - 1;
        }
        return max;
    }

    /**
     * Tabulates P(X = k | θ_q) of one item on the nodes, the rows the recursion reads.
     *
     * @param model the item
     * @param thetas the Q nodes
     * @return a new row-major K × Q array
     */
    public static double[] categoryRows(ItemModel model, double[] thetas) {
        int nodes = thetas.length;
        int k = model.categories();
        double[] rows = new double[k * nodes];
        double[] pk = new double[k];
        for (int q = 0; q < nodes; q++) {
            model.probabilities(thetas[q], pk);
            for (int c = 0; c < k; c++) {
                rows[c * nodes + q] = pk[c];
            }
        }
        return rows;
    }

    /**
     * {@link #scaledDistribution(List, double[], double[])} of the items {@code items[0..count)} from their
     * {@link #categoryRows category rows}, in scratch arrays: no allocation once the scratch is large
     * enough. Each f_i(t) adds its terms to +0 in ascending s, and each node's column is rescaled to a peak of
     * 1 after every item.
     *
     * @param rows the category rows of every item (K_i × Q each)
     * @param items the positions in {@code rows} of the items to combine, in order
     * @param count how many of {@code items} to combine
     * @param nodes Q
     * @param scratch the arrays to work in (grown when too small)
     * @param logScale receives Q log scale factors (modified)
     * @return a scratch array whose first (maxScore + 1) × Q entries hold the scaled distribution, valid
     *         until the scratch is used again
     */
    public static double[] scaledDistribution(double[][] rows, int[] items, int count, int nodes, Scratch scratch,
            double[] logScale) {
        int max = maxScore(rows, items, count, nodes);
        scratch.ensure((max + 1) * nodes, nodes);
        double[] f = scratch.f;
        double[] next = scratch.next;
        double[] peak = scratch.peak;
        java.util.Arrays.fill(f, 0, nodes, 1.0);
        java.util.Arrays.fill(logScale, 0, nodes, 0.0);
        int current = 0;
        for (int n = 0; n < count; n++) {
            double[] p = rows[items[n]];
            int k = p.length / nodes;
            int top = current + k - 1;
            java.util.Arrays.fill(peak, 0, nodes, 0.0);
            for (int t = 0; t <= top; t++) {
                // f_i(t) = 0 + Σ_{s ascending} f_{i−1}(s)·P_i(t − s), s from max(0, t − K + 1) to min(t, current)
                int to = t * nodes;
                int cHigh = Math.min(k - 1, t);
                int cLow = Math.max(0, t - current);
                int from = (t - cHigh) * nodes;
                int pRow = cHigh * nodes;
                for (int q = 0; q < nodes; q++) {
                    next[to + q] = 0.0 + f[from + q] * p[pRow + q];
                }
                for (int c = cHigh - 1; c >= cLow; c--) {
                    from = (t - c) * nodes;
                    pRow = c * nodes;
                    for (int q = 0; q < nodes; q++) {
                        next[to + q] += f[from + q] * p[pRow + q];
                    }
                }
                for (int q = 0; q < nodes; q++) {
                    peak[q] = Math.max(peak[q], next[to + q]);
                }
            }
            current = top;
            double[] swap = f;
            f = next;
            next = swap;
            // rescale each node's column to a peak of 1 (the factor 1 leaves a column as it is)
            for (int q = 0; q < nodes; q++) {
                double m = peak[q];
                if (m > 0 && m != 1.0) {
                    logScale[q] += Math.log(m);
                    peak[q] = 1.0 / m;
                } else {
                    peak[q] = 1.0;
                }
            }
            for (int s = 0; s <= current; s++) {
                int row = s * nodes;
                for (int q = 0; q < nodes; q++) {
                    f[row + q] *= peak[q];
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

    /** The two tables and the per-node peaks the recursion works in; not thread-safe: one per worker. */
    public static final class Scratch {
        private double[] f = new double[0];
        private double[] next = new double[0];
        private double[] peak = new double[0];

        void ensure(int length, int nodes) {
            if (f.length < length) {
                f = new double[length];
                next = new double[length];
            }
            if (peak.length < nodes) {
                peak = new double[nodes];
            }
        }
    }
}
