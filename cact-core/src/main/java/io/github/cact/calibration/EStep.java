package io.github.cact.calibration;

import io.github.cact.internal.parallel.ParallelChunks;
import io.github.cact.internal.tables.LogProbabilityTable;
import io.github.cact.irt.ItemModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * Passes over the response patterns at given item models and latent weights. Per pattern the log joint
 * density over the nodes is one code-table row per chunk of items ({@link ItemChunks}); the posterior is
 * summed per (chunk, code) and expanded once into expected counts r_ikq (item, category, node) and node
 * totals n_q. Patterns go in fixed chunks on the calling thread and the options' executor
 * ({@link ParallelChunks}), whose accumulators are summed in chunk order, so results do not depend on the
 * number of threads. Sources: Bock &amp; Aitkin (1981), Psychometrika 46. Thread-safe; keeps its workers'
 * sums for the next pass.
 */
final class EStep {

    /** One worker's scratch: the posterior over the nodes and its window (see {@link #posterior}). */
    static final class Scratch {
        final double[] post;
        final int[] window = new int[2];

        Scratch(int nodes) {
            this.post = new double[nodes];
        }
    }

    /**
     * One worker's sums of the expected-count pass over a chunk of patterns: one array per chunk code and
     * one for the node totals, so that the additions index every array alike and the JIT makes vector
     * operations of them (it leaves scalar a loop over one flat array indexed from different offsets).
     */
    private static final class Sums {
        final Scratch scratch;
        final double[][] perCode;
        final double[] nodeTotals;

        Sums(int nodes, int codes) {
            this.scratch = new Scratch(nodes);
            this.perCode = new double[codes][nodes];
            this.nodeTotals = new double[nodes];
        }

        /** Zeroes the sums. */
        void clear() {
            for (double[] row : perCode) {
                java.util.Arrays.fill(row, 0);
            }
            java.util.Arrays.fill(nodeTotals, 0);
        }

        /** Copies the sums into a zeroed accumulator: per code, then the node totals at {@code perCode}. */
        void copyTo(double[] acc, int at) {
            int nodes = nodeTotals.length;
            for (int g = 0; g < perCode.length; g++) {
                System.arraycopy(perCode[g], 0, acc, g * nodes, nodes);
            }
            System.arraycopy(nodeTotals, 0, acc, at, nodes);
        }
    }

    private final PatternData data;
    private final ItemChunks chunked;
    private final int[] offsets;
    private final double[] theta;
    private final ParallelChunks runner;
    private final int chunkSize;
    /** The sums of earlier passes, taken again by the next one rather than made anew for every cycle. */
    private final ConcurrentLinkedQueue<Sums> spareSums = new ConcurrentLinkedQueue<>();

    /**
     * @param data the patterns
     * @param categories K_i per item
     * @param theta the nodes
     * @param runner runs the chunks of patterns
     * @param chunkSize patterns per chunk
     */
    EStep(PatternData data, int[] categories, double[] theta, ParallelChunks runner, int chunkSize) {
        this.data = data;
        this.theta = theta;
        this.runner = runner;
        this.chunkSize = chunkSize;
        this.offsets = new int[categories.length + 1];
        for (int i = 0; i < categories.length; i++) {
            offsets[i + 1] = offsets[i] + categories[i];
        }
        this.chunked = new ItemChunks(data, categories);
    }

    /** @return the patterns */
    PatternData data() {
        return data;
    }

    /** @return the start of item i's rows in r, {@code offsets[i] = Σ_{j<i} K_j}, with Σ K_i last (not copied) */
    int[] offsets() {
        return offsets;
    }

    /** @return the number of expected counts r_ikq, Σ K_i × Q */
    int counts() {
        return offsets[offsets.length - 1] * theta.length;
    }

    /**
     * The log joint density per chunk code: row g is the sum of log P over the items of g's chunk, plus the
     * log prior in chunk 0 ({@link ItemChunks#logTable}).
     *
     * @param models the item models
     * @param logWeights log w_q
     * @return the table, one array of Q values per code
     */
    double[][] codeTable(List<ItemModel> models, double[] logWeights) {
        LogProbabilityTable table = new LogProbabilityTable(models, theta);
        return chunked.logTable(table.table(), offsets, logWeights);
    }

    /**
     * ll[q] = log w_q + log L(x_p | θ_q): one row of the code table per chunk, added in chunk order, two
     * rows per pass over ll.
     */
    void logJoint(double[][] codeTable, int p, double[] ll) {
        int n = chunked.chunks;
        int[] codes = chunked.codes;
        int base = p * n;
        int q0 = theta.length;
        if (n == 1) {
            System.arraycopy(codeTable[codes[base]], 0, ll, 0, q0);
            return;
        }
        double[] first = codeTable[codes[base]];
        double[] second = codeTable[codes[base + 1]];
        for (int q = 0; q < q0; q++) {
            ll[q] = first[q] + second[q];
        }
        int c = 2;
        for (; c + 2 <= n; c += 2) {
            double[] row = codeTable[codes[base + c]];
            double[] next = codeTable[codes[base + c + 1]];
            for (int q = 0; q < q0; q++) {
                ll[q] = ll[q] + row[q] + next[q];
            }
        }
        if (c < n) {
            double[] row = codeTable[codes[base + c]];
            for (int q = 0; q < q0; q++) {
                ll[q] += row[q];
            }
        }
    }

    /**
     * Turns a log joint density over the nodes into the posterior: on return {@code post[lo..hi]} holds
     * exp(ll_q − max) / Σ, with lo = window[0], hi = window[1] the outermost nodes within e^−40 of the mode
     * (the others are not set). Nodes below e^−40 ≈ 4e-18 of the mode change no sum beyond its last bits,
     * and long tests concentrate the posterior on a few nodes.
     *
     * @param post the log joint density (modified: the posterior)
     * @param nodes Q
     * @param window receives lo and hi
     * @return the log marginal likelihood max + log Σ_q exp(ll_q − max)
     */
    static double posterior(double[] post, int nodes, int[] window) {
        double max = max(post, nodes);
        int lo = 0;
        while (post[lo] - max < -40) {
            lo++;
        }
        int hi = nodes - 1;
        while (post[hi] - max < -40) {
            hi--;
        }
        double sum = 0;
        for (int q = lo; q <= hi; q++) {
            double e = Math.exp(post[q] - max);
            post[q] = e;
            sum += e;
        }
        double scale = 1 / sum;
        for (int q = lo; q <= hi; q++) {
            post[q] *= scale;
        }
        window[0] = lo;
        window[1] = hi;
        return max + Math.log(sum);
    }

    /** The largest of {@code v[0..n)}, in four interleaved running maxima (one would wait for each comparison). */
    private static double max(double[] v, int n) {
        double m0 = Double.NEGATIVE_INFINITY;
        double m1 = Double.NEGATIVE_INFINITY;
        double m2 = Double.NEGATIVE_INFINITY;
        double m3 = Double.NEGATIVE_INFINITY;
        int q = 0;
        for (; q + 4 <= n; q += 4) {
            m0 = v[q] > m0 ? v[q] : m0;
            m1 = v[q + 1] > m1 ? v[q + 1] : m1;
            m2 = v[q + 2] > m2 ? v[q + 2] : m2;
            m3 = v[q + 3] > m3 ? v[q + 3] : m3;
        }
        for (; q < n; q++) {
            m0 = v[q] > m0 ? v[q] : m0;
        }
        m0 = m1 > m0 ? m1 : m0;
        m2 = m3 > m2 ? m3 : m2;
        return m2 > m0 ? m2 : m0;
    }

    /**
     * Runs a task over the patterns in chunks and sums its accumulators in chunk order.
     *
     * @param <W> the scratch type
     * @param accSize the length of an accumulator
     * @param scratch makes one worker's scratch
     * @param task adds the contribution of patterns [from, to) to a zeroed accumulator
     * @return the sum
     */
    <W> double[] sum(int accSize, Supplier<? extends W> scratch, ParallelChunks.SumTask<? super W> task) {
        return runner.sum(data.patterns, chunkSize, accSize, scratch, task);
    }

    /**
     * The expected counts at a code table: [r (Σ K_i × Q) | n_q (Q) | log-likelihood]. Per pattern the
     * log-likelihood is one code-table row per chunk; the posterior is summed per (chunk, code) and expanded
     * to r_ikq once ({@link ItemChunks#expand}).
     *
     * @param codeTable from {@link #codeTable}
     * @return a new array
     */
    double[] expectedCounts(double[][] codeTable) {
        int q0 = theta.length;
        int codeCount = chunked.codeStart[chunked.chunks];
        int perCode = codeCount * q0;
        List<Sums> taken = Collections.synchronizedList(new ArrayList<>());
        double[] sums = sum(perCode + q0 + 1, () -> {
            Sums spare = spareSums.poll();
            Sums w = spare != null ? spare : new Sums(q0, codeCount);
            taken.add(w);
            return w;
        }, (w, from, to, acc) -> {
            w.clear();
            for (int p = from; p < to; p++) {
                acc[perCode + q0] += addPosterior(codeTable, p, w);
            }
            w.copyTo(acc, perCode);
        });
        spareSums.addAll(taken);
        int total = counts();
        double[] e = new double[total + q0 + 1];
        chunked.expand(sums, offsets, q0, e);
        System.arraycopy(sums, perCode, e, total, q0 + 1);
        return e;
    }

    /**
     * Adds pattern p's weighted posterior to the sums of each of its chunk codes and to the node totals. A
     * method of its own, so that the JIT compiles this per-pattern work early as a whole method instead of
     * the loop over a chunk of patterns on stack replacement.
     *
     * @return the pattern's weighted log-likelihood
     */
    private double addPosterior(double[][] codeTable, int p, Sums sums) {
        int q0 = theta.length;
        int n = chunked.chunks;
        int[] codes = chunked.codes;
        double[] post = sums.scratch.post;
        int[] window = sums.scratch.window;
        logJoint(codeTable, p, post);
        double f = data.weights[p];
        double logLikelihood = f * posterior(post, q0, window);
        int lo = window[0];
        int hi = window[1];
        double[] nodeTotals = sums.nodeTotals;
        for (int q = lo; q <= hi; q++) {
            post[q] *= f;
            nodeTotals[q] += post[q];
        }
        for (int c = 0; c < n; c++) {
            double[] row = sums.perCode[codes[p * n + c]];
            for (int q = lo; q <= hi; q++) {
                row[q] += post[q];
            }
        }
        return logLikelihood;
    }

    /**
     * The marginal log-likelihood Σ_p f_p log Σ_q exp(ll_pq) at a code table.
     *
     * @param codeTable from {@link #codeTable}
     * @return the log-likelihood
     */
    double logLikelihood(double[][] codeTable) {
        int q0 = theta.length;
        double[] weights = data.weights;
        return sum(1, () -> new Scratch(q0), (scratch, from, to, acc) -> {
            for (int p = from; p < to; p++) {
                logJoint(codeTable, p, scratch.post);
                acc[0] += weights[p] * posterior(scratch.post, q0, scratch.window);
            }
        })[0];
    }
}
