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
     * The joint density per chunk code at one set of parameters, in two forms: row g of {@code log} is the
     * sum of log P over the items of g's chunk (plus the log prior in chunk 0, {@link ItemChunks#logTable});
     * row g of {@code scaled} is exp(log_g − top_g), the densities divided by their largest value
     * e^top_g, so that a pattern's joint density is e^(Σ top) times the product of its chunks' scaled rows.
     * Immutable once made.
     */
    static final class CodeTable {
        /** Rows per task of the constructor. */
        private static final int ROWS = 256;

        final double[][] log;
        final double[][] scaled;
        /** top_g = max_q log_g(θ_q); 0 for a row of zero densities. */
        final double[] top;

        /**
         * @param log the log rows
         * @param runner makes the scaled rows in blocks of {@link #ROWS} on its threads (each row from its
         *     log row alone, so the same bits on any)
         */
        CodeTable(double[][] log, ParallelChunks runner) {
            this.log = log;
            this.scaled = new double[log.length][];
            this.top = new double[log.length];
            runner.forEach(log.length, ROWS, Object::new, (unused, chunk, from, to) -> {
                for (int g = from; g < to; g++) {
                    scaleRow(g);
                }
            });
        }

        /** Sets top_g and the scaled row g. */
        private void scaleRow(int g) {
            double m = max(log[g], log[g].length);
            top[g] = m == Double.NEGATIVE_INFINITY ? 0 : m;
            scaled[g] = exponentials(log[g], top[g]);
        }

        /** exp(row[q] − top) for every node q. */
        private static double[] exponentials(double[] row, double top) {
            double[] e = new double[row.length];
            for (int q = 0; q < row.length; q++) {
                e[q] = Math.exp(row[q] - top);
            }
            return e;
        }
    }

    /**
     * The smallest largest product of scaled rows that {@link #posterior(CodeTable, int, Scratch)} takes as
     * it is: the window reaches e^−40 ≈ 4e-18 below the largest value, so every value it keeps is then a
     * normal double (above 2.2e-308) with full precision. A smaller product is computed again in logs.
     */
    static final double SMALLEST_PRODUCT = 1e-250;

    /**
     * The patterns of a chunk go in blocks of this many, one call of {@link #addPosteriors} each: a loop of
     * a chunk's 4,096 patterns in one call would make the JIT compile the chunk's lambda on stack
     * replacement, at both tiers, with the per-pattern work inlined into it, beside its own compilation;
     * with 32 per call neither loop reaches the back-edge count that triggers it before the block method is
     * compiled whole (HotSpot's default thresholds).
     */
    static final int PATTERN_BLOCK = 32;

    /** e^−40: the posterior window's lower edge relative to the mode. */
    private static final double WINDOW = Math.exp(-40);

    /**
     * The sums of the expected-count pass over chunks of patterns: one array per chunk code and one for the
     * node totals, so that the additions index every array alike and the JIT makes vector operations of
     * them (it leaves scalar a loop over one flat array indexed from different offsets), and the weighted
     * log-likelihood. A chunk's sums are added into the pass's total where they are ({@link #takeFrom}),
     * which leaves them zero for the next chunk, rather than copied into a flat array first.
     */
    private static final class Sums {
        final double[][] perCode;
        final double[] nodeTotals;
        double logLikelihood;

        Sums(int nodes, int codes) {
            this.perCode = new double[codes][nodes];
            this.nodeTotals = new double[nodes];
        }

        /** Adds a chunk's sums to these and zeroes them. */
        void takeFrom(Sums chunk) {
            for (int g = 0; g < perCode.length; g++) {
                take(perCode[g], chunk.perCode[g]);
            }
            take(nodeTotals, chunk.nodeTotals);
            logLikelihood += chunk.logLikelihood;
            chunk.logLikelihood = 0;
        }

        /** {@code to[q] += from[q]} and {@code from[q] = 0} for every q, in one pass. */
        private static void take(double[] to, double[] from) {
            for (int q = 0; q < to.length; q++) {
                to[q] += from[q];
                from[q] = 0;
            }
        }
    }

    private final PatternData data;
    private final ItemChunks chunked;
    private final int[] offsets;
    private final double[] theta;
    private final ParallelChunks runner;
    private final int chunkSize;
    /** The chunk sums of earlier passes, taken again by the next one rather than made anew for every cycle. */
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
        this.chunked = new ItemChunks(data, categories, runner, chunkSize);
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
     * @return the table, one array of Q values per code, in both forms
     */
    CodeTable codeTable(List<ItemModel> models, double[] logWeights) {
        LogProbabilityTable table = new LogProbabilityTable(models, theta);
        return new CodeTable(chunked.logTable(table.table(), offsets, logWeights), runner);
    }

    /**
     * Pattern p's posterior over the nodes, as {@link #posterior(double[], int, int[])} gives it from the log
     * joint density, but from the product of the pattern's scaled chunk rows, with no exp per node: the
     * product L_q is the joint density divided by e^(Σ_c top_c), so post_q = L_q / Σ L over the window
     * (nodes with L_q ≥ e^−40 max L) and the log marginal likelihood is Σ_c top_c + log Σ L. When the largest
     * product is below {@link #SMALLEST_PRODUCT} (a long test whose chunks disagree), the pattern is computed
     * in logs instead.
     *
     * @param table from {@link #codeTable}
     * @param p the pattern
     * @param scratch receives the posterior in {@code post[lo..hi]} and the window lo, hi
     * @return the pattern's log marginal likelihood
     */
    double posterior(CodeTable table, int p, Scratch scratch) {
        int n = chunked.chunks;
        int[] codes = chunked.codes;
        int base = p * n;
        int q0 = theta.length;
        double[] post = scratch.post;
        double[][] rows = table.scaled;
        if (n == 1) {
            System.arraycopy(rows[codes[base]], 0, post, 0, q0);
        } else {
            setProduct(post, rows[codes[base]], rows[codes[base + 1]], q0);
            int c = 2;
            for (; c + 4 <= n; c += 4) {
                multiplyFour(post, rows[codes[base + c]], rows[codes[base + c + 1]], rows[codes[base + c + 2]],
                        rows[codes[base + c + 3]], q0);
            }
            if (c + 2 <= n) {
                multiplyTwo(post, rows[codes[base + c]], rows[codes[base + c + 1]], q0);
                c += 2;
            }
            if (c < n) {
                multiply(post, rows[codes[base + c]], q0);
            }
        }
        double max = max(post, q0);
        if (!(max >= SMALLEST_PRODUCT)) {
            logJoint(table.log, p, post);
            return posterior(post, q0, scratch.window);
        }
        double floor = max * WINDOW;
        int lo = 0;
        while (post[lo] < floor) {
            lo++;
        }
        int hi = q0 - 1;
        while (post[hi] < floor) {
            hi--;
        }
        double sum = sum(post, lo, hi);
        scale(post, lo, hi, 1 / sum);
        scratch.window[0] = lo;
        scratch.window[1] = hi;
        double logTop = 0;
        for (int c = 0; c < n; c++) {
            logTop += table.top[codes[base + c]];
        }
        return logTop + Math.log(sum);
    }

    /** {@code l[q] = first[q] · second[q]} for q < n. */
    private static void setProduct(double[] l, double[] first, double[] second, int n) {
        for (int q = 0; q < n; q++) {
            l[q] = first[q] * second[q];
        }
    }

    /** {@code l[q] = l[q] · row[q] · next[q]} for q < n. */
    private static void multiplyTwo(double[] l, double[] row, double[] next, int n) {
        for (int q = 0; q < n; q++) {
            l[q] = l[q] * row[q] * next[q];
        }
    }

    /**
     * {@code l[q] = l[q] · a[q] · b[q] · c[q] · d[q]} for q < n, multiplied left to right: the same products
     * as two passes of {@link #multiplyTwo}, in one pass over l.
     */
    private static void multiplyFour(double[] l, double[] a, double[] b, double[] c, double[] d, int n) {
        for (int q = 0; q < n; q++) {
            l[q] = l[q] * a[q] * b[q] * c[q] * d[q];
        }
    }

    /** {@code l[q] *= row[q]} for q < n. */
    private static void multiply(double[] l, double[] row, int n) {
        for (int q = 0; q < n; q++) {
            l[q] *= row[q];
        }
    }

    /** Σ_{q = lo..hi} v[q], added in node order. */
    private static double sum(double[] v, int lo, int hi) {
        double s = 0;
        for (int q = lo; q <= hi; q++) {
            s += v[q];
        }
        return s;
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
        setSum(ll, codeTable[codes[base]], codeTable[codes[base + 1]], q0);
        int c = 2;
        for (; c + 2 <= n; c += 2) {
            addTwo(ll, codeTable[codes[base + c]], codeTable[codes[base + c + 1]], q0);
        }
        if (c < n) {
            add(ll, codeTable[codes[base + c]], 0, q0 - 1);
        }
    }

    /*
     * The loops over the nodes sit in methods of their own (here and below): a method whose loops count up
     * more back-edges per call than the JIT's call threshold allows is compiled on stack replacement, the
     * whole method once per loop, before it is compiled whole; with one loop per method each is compiled
     * once, whole, and inlined back.
     */

    /** {@code ll[q] = first[q] + second[q]} for q < n. */
    private static void setSum(double[] ll, double[] first, double[] second, int n) {
        for (int q = 0; q < n; q++) {
            ll[q] = first[q] + second[q];
        }
    }

    /** {@code ll[q] = ll[q] + row[q] + next[q]} for q < n. */
    private static void addTwo(double[] ll, double[] row, double[] next, int n) {
        for (int q = 0; q < n; q++) {
            ll[q] = ll[q] + row[q] + next[q];
        }
    }

    /** {@code to[q] += from[q]} for q = lo..hi. */
    private static void add(double[] to, double[] from, int lo, int hi) {
        for (int q = lo; q <= hi; q++) {
            to[q] += from[q];
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
        double sum = exponentiate(post, lo, hi, max);
        scale(post, lo, hi, 1 / sum);
        window[0] = lo;
        window[1] = hi;
        return max + Math.log(sum);
    }

    /** {@code post[q] = exp(post[q] − max)} for q = lo..hi; returns their sum, added in node order. */
    private static double exponentiate(double[] post, int lo, int hi, double max) {
        double sum = 0;
        for (int q = lo; q <= hi; q++) {
            double e = Math.exp(post[q] - max);
            post[q] = e;
            sum += e;
        }
        return sum;
    }

    /** {@code v[q] *= factor} for q = lo..hi. */
    private static void scale(double[] v, int lo, int hi, double factor) {
        for (int q = lo; q <= hi; q++) {
            v[q] *= factor;
        }
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
    double[] expectedCounts(CodeTable codeTable) {
        int q0 = theta.length;
        int codeCount = chunked.codeStart[chunked.chunks];
        List<Sums> made = Collections.synchronizedList(new ArrayList<>());
        Sums sums = new Sums(q0, codeCount);
        runner.reduce(data.patterns, chunkSize, () -> new Scratch(q0), () -> {
            Sums spare = spareSums.poll();
            Sums chunk = spare != null ? spare : new Sums(q0, codeCount);
            made.add(chunk);
            return chunk;
        }, (scratch, from, to, chunk) -> {
            for (int p = from; p < to; p += PATTERN_BLOCK) {
                addPosteriors(codeTable, p, Math.min(to, p + PATTERN_BLOCK), scratch, chunk);
            }
        }, sums::takeFrom);
        spareSums.addAll(made);
        int total = counts();
        double[] e = new double[total + q0 + 1];
        chunked.expand(sums.perCode, offsets, q0, e);
        System.arraycopy(sums.nodeTotals, 0, e, total, q0);
        e[total + q0] = sums.logLikelihood;
        return e;
    }

    /** Patterns [from, to) of a block: {@link #addPosterior} for each, in pattern order. */
    private void addPosteriors(CodeTable codeTable, int from, int to, Scratch scratch, Sums sums) {
        for (int p = from; p < to; p++) {
            sums.logLikelihood += addPosterior(codeTable, p, scratch, sums);
        }
    }

    /**
     * Adds pattern p's weighted posterior to the sums of each of its chunk codes and to the node totals. A
     * method of its own, so that the JIT compiles this per-pattern work early as a whole method instead of
     * the loop over a chunk of patterns on stack replacement.
     *
     * @return the pattern's weighted log-likelihood
     */
    private double addPosterior(CodeTable codeTable, int p, Scratch scratch, Sums sums) {
        int n = chunked.chunks;
        int[] codes = chunked.codes;
        double[] post = scratch.post;
        int[] window = scratch.window;
        double f = data.weights[p];
        double logLikelihood = f * posterior(codeTable, p, scratch);
        int lo = window[0];
        int hi = window[1];
        if (f != 1) {
            scale(post, lo, hi, f);
        }
        double[][] perCode = sums.perCode;
        int base = p * n;
        addToTwo(sums.nodeTotals, perCode[codes[base]], post, lo, hi);
        int c = 1;
        for (; c + 2 <= n; c += 2) {
            addToTwo(perCode[codes[base + c]], perCode[codes[base + c + 1]], post, lo, hi);
        }
        if (c < n) {
            add(perCode[codes[base + c]], post, lo, hi);
        }
        return logLikelihood;
    }

    /**
     * {@code first[q] += from[q]} and {@code second[q] += from[q]} for q = lo..hi: two rows per pass over the
     * window, each element getting the same addition as from {@link #add}.
     */
    private static void addToTwo(double[] first, double[] second, double[] from, int lo, int hi) {
        for (int q = lo; q <= hi; q++) {
            first[q] += from[q];
            second[q] += from[q];
        }
    }

    /**
     * The marginal log-likelihood Σ_p f_p log Σ_q exp(ll_pq) at a code table.
     *
     * @param codeTable from {@link #codeTable}
     * @return the log-likelihood
     */
    double logLikelihood(CodeTable codeTable) {
        int q0 = theta.length;
        double[] weights = data.weights;
        return sum(1, () -> new Scratch(q0), (scratch, from, to, acc) -> {
            for (int p = from; p < to; p++) {
                acc[0] += weights[p] * posterior(codeTable, p, scratch);
            }
        })[0];
    }
}
