package io.github.cact.scoring;

import io.github.cact.internal.PatternSumTable;

/**
 * The hot loops of scoring, on flat arrays (see psychometrics.md, "The hot loop"): the N × I × Q
 * accumulation of log-likelihoods on the grid, and the N × Q normalisation into posterior moments.
 * Stateless; callers own every array. No allocation, boxing or for-each here: the benchmarks issue
 * tunes these loops.
 */
final class BatchKernel {

    private BatchKernel() {
    }

    /**
     * log L(x_n | θ_q) = Σ_i log P(X_i = x_ni | θ_q) for a block of examinees; missing responses
     * (negative) drop out. The sums come from a {@link PatternSumTable}: one precomputed row per chunk of
     * items instead of one row per item.
     *
     * @param sums the chunk sums of the log-probability table
     * @param patterns the block's responses, examinee-major, {@code items} per examinee (not modified)
     * @param count the number of examinees in the block
     * @param items I
     * @param nodes Q
     * @param out receives {@code count × nodes} log-likelihoods, examinee-major (modified)
     */
    static void logLikelihoods(PatternSumTable sums, byte[] patterns, int count, int items, int nodes,
            double[] out) {
        for (int n = 0; n < count; n++) {
            int base = n * nodes;
            for (int q = 0; q < nodes; q++) {
                out[base + q] = 0.0;
            }
            sums.addLogLikelihood(patterns, n * items, out, base);
        }
    }

    /**
     * Turns one examinee's log-likelihoods into unnormalised posterior weights in place, and returns
     * the posterior moments: {@code moments[0]} = mean, {@code moments[1]} = SD, {@code moments[2]} =
     * log Σ_q L·π_q, {@code moments[3]} = Σ of the unnormalised weights (the normaliser).
     *
     * @param values Q log-likelihoods at {@code from}; replaced by exp(ll + log π − max) (modified)
     * @param from the examinee's first node
     * @param nodes the Q nodes
     * @param logPrior the Q log prior weights
     * @param moments receives 4 values (modified)
     */
    static void moments(double[] values, int from, double[] nodes, double[] logPrior, double[] moments) {
        int count = nodes.length;
        double max = Double.NEGATIVE_INFINITY;
        for (int q = 0; q < count; q++) {
            double v = values[from + q] + logPrior[q];
            values[from + q] = v;
            if (v > max) {
                max = v;
            }
        }
        double sum = 0;
        double first = 0;
        for (int q = 0; q < count; q++) {
            double w = Math.exp(values[from + q] - max);
            values[from + q] = w;
            sum += w;
            first += w * nodes[q];
        }
        double mean = first / sum;
        double second = 0;
        for (int q = 0; q < count; q++) {
            double dev = nodes[q] - mean;
            second += values[from + q] * dev * dev;
        }
        moments[0] = mean;
        moments[1] = Math.sqrt(second / sum);
        moments[2] = max + Math.log(sum);
        moments[3] = sum;
    }
}
