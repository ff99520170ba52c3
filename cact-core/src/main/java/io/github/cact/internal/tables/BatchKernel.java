package io.github.cact.internal.tables;

/**
 * The N × Q half of the hot loop of scoring (docs/conventions.md#the-hot-loop): one examinee's
 * log-likelihoods on the grid (from {@link PatternSumTable}, the N × I × Q half)
 * normalised into posterior moments. Stateless; callers own every array. No allocation, boxing or
 * for-each here: these loops are tuned against the kernel benchmarks.
 */
public final class BatchKernel {

    /**
     * Nodes whose log posterior is more than this below the maximum get weight 0: each would add less
     * than e^−50 ≈ 2·10⁻²² of the largest weight (the E-step's window is e^−40).
     */
    public static final double WINDOW = 50;

    private BatchKernel() {
    }

    /**
     * Turns one examinee's log-likelihoods into unnormalised posterior weights in place, and returns
     * the posterior moments: {@code moments[0]} = mean, {@code moments[1]} = SD, {@code moments[2]} =
     * log Σ_q L·π_q, {@code moments[3]} = Σ of the unnormalised weights (the normaliser).
     *
     * <p>w_q = exp(l_q + log π_q − max) on the nodes from the first to the last within {@link #WINDOW}
     * of the maximum, 0 outside. One pass sums w, w·d and w·d² with d = θ_q − θ_m (θ_m the node of
     * the maximum, so that the variance does not cancel even when one node holds nearly all the weight);
     * mean = θ_m + Σwd/Σw, variance = Σwd²/Σw − (Σwd/Σw)².
     *
     * @param values Q log-likelihoods at {@code from}; replaced by the weights w_q (modified)
     * @param from the examinee's first node
     * @param nodes the Q nodes
     * @param logPrior the Q log prior weights
     * @param moments receives 4 values (modified)
     */
    public static void moments(double[] values, int from, double[] nodes, double[] logPrior, double[] moments) {
        int count = nodes.length;
        double max = addPrior(values, from, logPrior, count);
        double floor = max - WINDOW;
        int lo = 0;
        while (lo < count - 1 && values[from + lo] <= floor) {
            values[from + lo] = 0.0;
            lo++;
        }
        int hi = count - 1;
        while (hi > lo && values[from + hi] <= floor) {
            values[from + hi] = 0.0;
            hi--;
        }
        int top = lo;
        while (values[from + top] < max) {
            top++;
        }
        weigh(values, from, nodes, lo, hi, top, max, moments);
    }

    // The two loops over all nodes are methods of their own, short enough per call that the JIT compiles
    // each whole when it becomes hot instead of first compiling the loops of moments on the stack (OSR) one
    // by one, which doubles the compilation a short run pays for.

    /**
     * values[q] += logPrior[q] for the Q nodes; returns the largest sum (NaN if a sum is NaN, as
     * {@code Math.max} gives). The comparison is written out: the client compiler, which alone compiles a
     * short score (docs/scoring.md#whole-process-cact-score), inlines no method as long as
     * {@code Math.max(double, double)} and called it on every node; the optimising compiler makes the same
     * speed of either.
     */
    private static double addPrior(double[] values, int from, double[] logPrior, int count) {
        double max = Double.NEGATIVE_INFINITY;
        for (int q = 0; q < count; q++) {
            double v = values[from + q] + logPrior[q];
            values[from + q] = v;
            if (v > max || v != v) {
                max = v;
            }
        }
        return max;
    }

    /** The weights on the nodes lo..hi and the moments, centred on the node {@code top} (see {@link #moments}). */
    private static void weigh(double[] values, int from, double[] nodes, int lo, int hi, int top, double max,
            double[] moments) {
        double centre = nodes[top];
        double sum = 0;
        double first = 0;
        double second = 0;
        for (int q = lo; q <= hi; q++) {
            double w = Math.exp(values[from + q] - max);
            values[from + q] = w;
            double wd = w * (nodes[q] - centre);
            sum += w;
            first += wd;
            second += wd * (nodes[q] - centre);
        }
        double shift = first / sum;
        moments[0] = centre + shift;
        moments[1] = Math.sqrt(Math.max(0.0, second / sum - shift * shift));
        moments[2] = max + Math.log(sum);
        moments[3] = sum;
    }
}
