package io.github.cact.calibration;

import io.github.cact.internal.parallel.ParallelChunks;

/**
 * Consecutive items grouped into chunks of at most {@link #MAX_CODES} response combinations, each pattern
 * coded once as one number per chunk. Item i has s_i symbols: its K_i categories, plus one for a missing
 * response if any pattern misses it; a chunk's code is the mixed-radix number Σ_i digit_i · Π_{j<i} s_j
 * over its items. Codes are global (chunk c's codes follow those of chunks 0..c−1), so a table with one
 * row of Q nodes per code is indexed {@code code * nodes + q}. This is how the E-step saves work: the
 * log-likelihood of a pattern is one table row per chunk instead of one per item, and the expected counts
 * are accumulated per (chunk, code) and expanded to items once per cycle. Immutable after construction.
 * Memory: one int per pattern and chunk.
 */
final class ItemChunks {

    /**
     * The most codes per chunk: 5 dichotomous items without missing responses. A code's row holds Q doubles in
     * the code table and again in each worker's sums, read and added per pattern in code order, not in
     * memory order: with at most 32 codes per chunk both stay in a core's L2 cache (50 dichotomous items at
     * 61 nodes: 320 rows, 156 KB each) at the price of more chunks per pattern; with 256 (8 items) they were
     * 752 KB each and every row came from the L3 cache.
     */
    static final int MAX_CODES = 32;

    final int items;
    final int chunks;
    /** Items of chunk c: {@code itemStart[c] .. itemStart[c + 1] − 1}. */
    final int[] itemStart;
    /** The first global code of chunk c; {@code codeStart[chunks]} is the number of codes. */
    final int[] codeStart;
    /** K_i. */
    final int[] categories;
    /** s_i: categories, plus one for missing where a response is missing. */
    final int[] symbols;
    /** The place value Π_{j<i} s_j of item i within its chunk. */
    final int[] stride;
    /** The global code of pattern p in chunk c at {@code p * chunks + c}. */
    final int[] codes;

    /**
     * Groups the items and codes every pattern, the patterns in chunks on the runner's threads (each
     * pattern's codes are its own, so the result does not depend on them).
     *
     * @param data the patterns
     * @param categories K_i per item
     * @param runner runs chunks of patterns
     * @param chunkSize patterns per chunk
     */
    ItemChunks(PatternData data, int[] categories, ParallelChunks runner, int chunkSize) {
        this.items = data.items;
        this.categories = categories.clone();
        this.symbols = symbols(data, categories, runner, chunkSize);
        int[] start = new int[items + 1];
        this.stride = new int[items];
        int n = 0;
        long product = 0;
        for (int i = 0; i < items; i++) {
            if (n == 0 || product * symbols[i] > MAX_CODES) {
                start[n++] = i;
                product = 1;
            }
            stride[i] = (int) product;
            product *= symbols[i];
        }
        start[n] = items;
        this.chunks = n;
        this.itemStart = java.util.Arrays.copyOf(start, n + 1);
        this.codeStart = new int[n + 1];
        for (int c = 0; c < n; c++) {
            int last = itemStart[c + 1] - 1;
            codeStart[c + 1] = codeStart[c] + stride[last] * symbols[last];
        }
        this.codes = new int[Math.multiplyExact(data.patterns, n)];
        runner.forEach(data.patterns, chunkSize, Object::new, (unused, chunk, from, to) -> {
            for (int p = from; p < to; p++) {
                code(data.rows, p);
            }
        });
    }

    /** s_i: K_i, plus one where some pattern misses item i. */
    private static int[] symbols(PatternData data, int[] categories, ParallelChunks runner, int chunkSize) {
        boolean[] missing = data.missing != null ? data.missing : missing(data, runner, chunkSize);
        int[] symbols = categories.clone();
        for (int i = 0; i < symbols.length; i++) {
            if (missing[i]) {
                symbols[i] = categories[i] + 1;
            }
        }
        return symbols;
    }

    /** Per item, whether some pattern misses it: one pass over the patterns, where they do not say it. */
    private static boolean[] missing(PatternData data, ParallelChunks runner, int chunkSize) {
        int items = data.items;
        double[] marked = runner.sum(data.patterns, chunkSize, items, Object::new, (unused, from, to, acc) -> {
            for (int p = from; p < to; p++) {
                markMissing(data.rows, p * items, acc);
            }
        });
        boolean[] missing = new boolean[items];
        for (int i = 0; i < items; i++) {
            missing[i] = marked[i] > 0;
        }
        return missing;
    }

    /**
     * Sets {@code missing[i] = 1} for each item i that the row at {@code base} misses. A method of its own
     * (as {@link #code}), so that the JIT compiles the small per-pattern work early.
     */
    private static void markMissing(byte[] rows, int base, double[] missing) {
        for (int i = 0; i < missing.length; i++) {
            if (rows[base + i] < 0) {
                missing[i] = 1;
            }
        }
    }

    /**
     * Codes pattern p: one number per chunk. A method of its own, so that the JIT
     * compiles the small per-pattern work early instead of the whole constructor on stack replacement.
     */
    private void code(byte[] rows, int p) {
        int base = p * items;
        for (int c = 0; c < chunks; c++) {
            int code = codeStart[c];
            for (int i = itemStart[c]; i < itemStart[c + 1]; i++) {
                int x = rows[base + i];
                code += (x < 0 ? categories[i] : x) * stride[i];
            }
            codes[p * chunks + c] = code;
        }
    }

    /**
     * The table of summed log-probabilities per code: row g holds Σ_{i in the chunk} log P(digit_i | θ_q)
     * (0 for a missing digit), and chunk 0's rows also the log prior, so that a pattern's log joint density
     * is the sum of its chunks' rows. One array per row, so that the E-step's sums of rows index every
     * array alike (which the JIT turns into vector operations).
     *
     * @param logP log P(X_i = k | θ_q) at {@code (offsets[i] + k) * nodes + q}
     * @param offsets the first row of each item in logP
     * @param logPrior log w_q
     * @return the table, {@code codeStart[chunks]} rows of {@code nodes} values
     */
    double[][] logTable(double[] logP, int[] offsets, double[] logPrior) {
        int nodes = logPrior.length;
        double[][] table = new double[codeStart[chunks]][nodes];
        System.arraycopy(logPrior, 0, table[0], 0, nodes);
        for (int c = 0; c < chunks; c++) {
            int base = codeStart[c];
            // grow the chunk item by item: codes [0, stride_i) hold the items before i; copy them to each
            // digit d of item i (from the top, so that the source stays intact) and add the row of d
            for (int i = itemStart[c]; i < itemStart[c + 1]; i++) {
                int size = stride[i];
                for (int d = symbols[i] - 1; d >= 0; d--) {
                    int to = base + d * size;
                    for (int g = 0; d > 0 && g < size; g++) {
                        System.arraycopy(table[base + g], 0, table[to + g], 0, nodes);
                    }
                    if (d == categories[i]) {
                        continue;
                    }
                    int row = (offsets[i] + d) * nodes;
                    for (int g = 0; g < size; g++) {
                        addRow(table[to + g], logP, row);
                    }
                }
            }
        }
        return table;
    }

    /** {@code to[at + q] += from[q]} for q < n: a loop of its own, inlined into {@link #expandCode}. */
    private static void addRange(double[] to, int at, double[] from, int n) {
        for (int q = 0; q < n; q++) {
            to[at + q] += from[q];
        }
    }

    /** {@code to[q] += from[at + q]} for every node q. */
    private static void addRow(double[] to, double[] from, int at) {
        for (int q = 0; q < to.length; q++) {
            to[q] += from[at + q];
        }
    }

    /**
     * Expands per-code sums to per-item, per-category sums: out[(offsets[i] + k) * nodes + q] = Σ over codes
     * g of i's chunk whose digit for i is k of perCode[g][q]. A missing digit adds to no category.
     *
     * @param perCode sums per code, {@code codeStart[chunks]} rows of {@code nodes} values (not modified)
     * @param offsets the first row of each item in out
     * @param nodes Q
     * @param out the per-item rows (modified: added to)
     */
    void expand(double[][] perCode, int[] offsets, int nodes, double[] out) {
        for (int c = 0; c < chunks; c++) {
            for (int g = codeStart[c]; g < codeStart[c + 1]; g++) {
                expandCode(c, g, perCode[g], offsets, nodes, out);
            }
        }
    }

    /**
     * Adds the sums of global code g of chunk c to the rows of its digits. A method of its own, called once
     * per code, so that the JIT compiles it early as a whole method; {@link #expand}, called once per
     * cycle, would otherwise be compiled on stack replacement, at both tiers, before being compiled whole.
     */
    private void expandCode(int c, int g, double[] sums, int[] offsets, int nodes, double[] out) {
        int local = g - codeStart[c];
        for (int i = itemStart[c]; i < itemStart[c + 1]; i++) {
            int k = local / stride[i] % symbols[i];
            if (k == categories[i]) {
                continue;
            }
            addRange(out, (offsets[i] + k) * nodes, sums, nodes);
        }
    }
}
