package io.github.cact.internal;

import java.util.Arrays;

/**
 * The log-likelihood kernel with the items grouped in consecutive chunks whose response patterns,
 * missing included, are few: each item has K_i + 1 symbols (0 = missing, k + 1 = category k) and a chunk
 * holds at most Π (K_i + 1) ≤ 256 patterns (5 right/wrong items, or 3 of 4 or 5 categories). For each
 * chunk and pattern the sum of the rows of the answered items is tabulated once (a missing response adds
 * a zero row), so scoring an examinee adds one row per chunk instead of one per item, whatever is
 * missing. Same results as {@link LogProbabilityTable#addLogLikelihood(byte[], int, double[])} up to the
 * order of additions.
 *
 * <p>Immutable after construction; thread-safe.
 */
public final class PatternSumTable {

    /** The most patterns a chunk may have (an item with more symbols forms a chunk of its own). */
    static final int MAX_PATTERNS = 256;

    private final int nodes;
    private final int[] chunkStart;
    /** The first table index of each chunk: its first pattern times Q. */
    private final int[] chunkBase;
    /** The place value of each item's symbol in its chunk's pattern code, times Q. */
    private final int[] stride;
    private final double[] sums;

    /**
     * Tabulates the chunk sums of a table.
     *
     * @param rows the per-item log-probability rows
     * @throws IllegalArgumentException if the table has no item
     */
    public PatternSumTable(LogProbabilityTable rows) {
        this.nodes = rows.nodes();
        int items = rows.items();
        if (items == 0) {
            throw new IllegalArgumentException("a pattern sum table needs at least one item");
        }
        int[] radix = new int[items];
        int[] starts = new int[items + 1];
        int chunks = 0;
        long total = 0;
        int i = 0;
        while (i < items) {
            starts[chunks] = i;
            int patterns = 1;
            while (i < items && (patterns == 1 || patterns * (rows.categories(i) + 1) <= MAX_PATTERNS)) {
                radix[i] = patterns;
                patterns *= rows.categories(i) + 1;
                i++;
            }
            total += patterns;
            chunks++;
        }
        this.chunkStart = Arrays.copyOf(starts, chunks + 1);
        chunkStart[chunks] = items;
        this.chunkBase = new int[chunks];
        this.stride = new int[items];
        this.sums = new double[Math.toIntExact(total * nodes)];
        double[] table = rows.table();
        int offset = 0;
        for (int c = 0; c < chunks; c++) {
            chunkBase[c] = offset * nodes;
            int first = chunkStart[c];
            int last = chunkStart[c + 1];
            int patterns = radix[last - 1] * (rows.categories(last - 1) + 1);
            for (int code = 0; code < patterns; code++) {
                int base = (offset + code) * nodes;
                for (int item = first; item < last; item++) {
                    int symbol = code / radix[item] % (rows.categories(item) + 1);
                    if (symbol > 0) {
                        int row = rows.rowStart(item, symbol - 1);
                        for (int q = 0; q < nodes; q++) {
                            sums[base + q] += table[row + q];
                        }
                    }
                }
            }
            for (int item = first; item < last; item++) {
                stride[item] = radix[item] * nodes;
            }
            offset += patterns;
        }
    }

    /**
     * Returns the number of chunks.
     *
     * @return how many rows a pattern adds, the length of the {@code codes} scratch array
     */
    public int chunks() {
        return chunkBase.length;
    }

    /**
     * Writes l(θ_q) = Σ_i log P(x_i | θ_q) over the answered items of one pattern: first the table row of
     * each chunk's pattern, then the sum of those rows, two at a time (so that the loop over q is one
     * vectorisable pass per pair).
     *
     * @param responses the responses array, negative for missing (not modified)
     * @param from where the pattern's first item is
     * @param codes scratch of at least {@link #chunks()} ints (modified)
     * @param out receives the Q log-likelihoods at {@code 0..Q-1} (modified)
     * @return the number of answered items
     */
    public int logLikelihood(byte[] responses, int from, int[] codes, double[] out) {
        int chunks = chunkBase.length;
        int answered = 0;
        for (int c = 0; c < chunks; c++) {
            int code = chunkBase[c];
            int last = chunkStart[c + 1];
            for (int item = chunkStart[c]; item < last; item++) {
                int symbol = Math.max(responses[from + item], -1) + 1;
                code += symbol * stride[item];
                answered += Math.min(symbol, 1);
            }
            codes[c] = code;
        }
        int q0 = nodes;
        double[] table = sums;
        int c;
        if ((chunks & 1) == 1) {
            int a = codes[0];
            for (int q = 0; q < q0; q++) {
                out[q] = table[a + q];
            }
            c = 1;
        } else {
            int a = codes[0];
            int b = codes[1];
            for (int q = 0; q < q0; q++) {
                out[q] = table[a + q] + table[b + q];
            }
            c = 2;
        }
        for (; c < chunks; c += 2) {
            int a = codes[c];
            int b = codes[c + 1];
            for (int q = 0; q < q0; q++) {
                out[q] += table[a + q] + table[b + q];
            }
        }
        return answered;
    }
}
