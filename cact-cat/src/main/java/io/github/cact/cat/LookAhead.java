package io.github.cact.cat;

import io.github.cact.competency.CutScores;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The one-item look-ahead of {@link ClassificationStop.Method#LOOK_AHEAD} (docs/cat.md#classification-stopping):
 * the expected gain in the probability of a correct decision from one more item,
 * <pre>G_i = Σ_x max_c Σ_{q ∈ c} w_q P_i(x | θ_q) − max_c Σ_{q ∈ c} w_q,</pre>
 * with w the scale's posterior weights on the grid and c the classes of the decision (the levels, or below
 * and at-or-above the standard). The first sum is the posterior predictive probability of answer x times
 * the probability of the best decision after it; G_i ≥ 0, and G_i = 0 when no answer to item i changes
 * the decision. Immutable and thread-safe.
 */
final class LookAhead {

    /** Posterior weights below this share of the total are left out of the sums. */
    private static final double NEGLIGIBLE = 1e-12;

    private final ItemTables tables;
    /** Per item of a classified scale: P(X = x | θ_q) at [q * categories + x]; null otherwise. */
    private final double[][] probabilities;
    /** Per scale: the first node of each class and one past the last node; null without cut scores. */
    private final int[][] classStart;

    LookAhead(CatDesign design, ItemTables tables, ClassificationStop rule) {
        this.tables = tables;
        List<String> scales = design.scales();
        double[] nodes = tables.nodes;
        classStart = new int[scales.size()][];
        for (int s = 0; s < scales.size(); s++) {
            CutScores cuts = rule.cutScores(scales.get(s)).orElse(null);
            if (cuts != null) {
                classStart[s] = classStart(cuts, rule.standard(scales.get(s)).orElse(0), nodes);
            }
        }
        probabilities = new double[tables.size][];
        for (int i = 0; i < tables.size; i++) {
            if (classStart[tables.scaleOf[i]] != null) {
                int k = tables.models[i].categories();
                double[] p = new double[nodes.length * k];
                double[] row = new double[k];
                for (int q = 0; q < nodes.length; q++) {
                    tables.models[i].probabilities(nodes[q], row);
                    System.arraycopy(row, 0, p, q * k, k);
                }
                probabilities[i] = p;
            }
        }
    }

    /**
     * The classes of a scale's decision as runs of nodes (levels rise with θ, so each class is one run):
     * start[c] is the first node of class c, start[classes] the number of nodes.
     */
    private static int[] classStart(CutScores cuts, int standard, double[] nodes) {
        int classes = standard > 0 ? 2 : cuts.cuts().length + 1;
        int[] start = new int[classes + 1];
        int c = 0;
        for (int q = 0; q < nodes.length; q++) {
            int level = cuts.level(nodes[q]);
            int cls = standard > 0 ? (level >= standard ? 1 : 0) : level - 1;
            while (c < cls) {
                start[++c] = q;
            }
        }
        while (c < classes) {
            start[++c] = nodes.length;
        }
        return start;
    }

    /**
     * The largest expected gain G_i over the eligible items i of scale s; −1 for a scale without cut scores
     * or without an eligible item. The gains of all the scale's items are computed once per state.
     */
    double bestGain(int s, ScaleState state, IntPredicate eligible) {
        if (classStart[s] == null) {
            return -1;
        }
        double[] gains = state.lookAhead();
        if (gains == null) {
            gains = gains(s, state);
            state.lookAhead(gains);
        }
        double best = -1;
        for (int i = tables.scaleStart[s]; i < tables.scaleEnd[s]; i++) {
            if (eligible.test(i)) {
                best = Math.max(best, gains[i - tables.scaleStart[s]]);
            }
        }
        return best;
    }

    /** G_i of every item of scale s, in engine order. */
    private double[] gains(int s, ScaleState state) {
        int[] start = classStart[s];
        int classes = start.length - 1;
        double[] w = state.posteriorWeights();
        double now = 0;
        for (int c = 0; c < classes; c++) {
            double p = 0;
            for (int q = start[c]; q < start[c + 1]; q++) {
                p += w[q];
            }
            now = Math.max(now, p);
        }
        int lo = 0;
        while (lo < w.length - 1 && w[lo] < NEGLIGIBLE) {
            lo++;
        }
        int hi = w.length;
        while (hi > lo + 1 && w[hi - 1] < NEGLIGIBLE) {
            hi--;
        }
        double[] gains = new double[tables.scaleEnd[s] - tables.scaleStart[s]];
        double[] joint = new double[classes * tables.maxCategories];
        for (int i = tables.scaleStart[s]; i < tables.scaleEnd[s]; i++) {
            double[] p = probabilities[i];
            int k = tables.models[i].categories();
            Arrays.fill(joint, 0);
            for (int c = 0; c < classes; c++) {
                int base = c * k;
                for (int q = Math.max(lo, start[c]); q < Math.min(hi, start[c + 1]); q++) {
                    double wq = w[q];
                    int row = q * k;
                    for (int x = 0; x < k; x++) {
                        joint[base + x] += wq * p[row + x];
                    }
                }
            }
            double after = 0;
            for (int x = 0; x < k; x++) {
                double best = 0;
                for (int c = 0; c < classes; c++) {
                    best = Math.max(best, joint[c * k + x]);
                }
                after += best;
            }
            gains[i - tables.scaleStart[s]] = Math.max(0, after - now);
        }
        return gains;
    }
}
