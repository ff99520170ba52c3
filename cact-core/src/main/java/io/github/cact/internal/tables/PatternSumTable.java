package io.github.cact.internal.tables;

import io.github.cact.irt.ItemModel;
import java.util.Arrays;
import java.util.List;

/**
 * The log-likelihood kernel with the items grouped in consecutive chunks whose response patterns,
 * missing included, are few: each item has K_i + 1 symbols (0 = missing, k + 1 = category k) and a chunk
 * holds at most Π (K_i + 1) ≤ 256 patterns (5 right/wrong items, or 3 of 4 or 5 categories; one item per
 * chunk when that table would exceed {@link #MAX_ENTRIES} entries). For each
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

    /**
     * The most entries (16M doubles, 128 MB) the table may have with chunks of up to
     * {@link #MAX_PATTERNS} patterns; a larger bank gets one item per chunk (K_i + 1 rows per item,
     * about 1.5 times its log-probability rows for right/wrong items), so the table stays proportional to
     * the bank.
     */
    static final long MAX_ENTRIES = 1L << 24;

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
     * @throws IllegalArgumentException if the table has no item, or is too large to tabulate
     */
    public PatternSumTable(LogProbabilityTable rows) {
        this(categoriesOf(rows), rows.nodes(), (first, last) -> rows, false);
    }

    /**
     * Tabulates the chunk sums of a set of items, computing their log-probabilities one chunk at a time:
     * the only table kept is this one.
     *
     * @param models the items
     * @param thetas the Q nodes
     * @return the table
     * @throws IllegalArgumentException if there is no item, or the table is too large to tabulate
     */
    public static PatternSumTable of(List<ItemModel> models, double[] thetas) {
        int[] categories = new int[models.size()];
        for (int i = 0; i < categories.length; i++) {
            categories[i] = models.get(i).categories();
        }
        return new PatternSumTable(categories, thetas.length,
                (first, last) -> new LogProbabilityTable(models.subList(first, last), thetas), true);
    }

    /** The log-probability rows of the items [first, last), indexed from 0 if local, else by item. */
    private interface ChunkRows {
        LogProbabilityTable rows(int first, int last);
    }

    private PatternSumTable(int[] categories, int nodes, ChunkRows source, boolean local) {
        this.nodes = nodes;
        int items = categories.length;
        if (items == 0) {
            throw new IllegalArgumentException("a pattern sum table needs at least one item");
        }
        int maxPatterns = totalPatterns(categories, MAX_PATTERNS) * nodes <= MAX_ENTRIES ? MAX_PATTERNS : 1;
        long total = totalPatterns(categories, maxPatterns);
        if (total * nodes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(items + " items on " + nodes + " nodes need a table of " + total * nodes
                    + " log-likelihood sums, more than the " + (Integer.MAX_VALUE - 8) + " an array holds");
        }
        int[] radix = new int[items];
        int[] starts = new int[items + 1];
        int chunks = 0;
        int i = 0;
        while (i < items) {
            starts[chunks] = i;
            int patterns = 1;
            while (i < items && (patterns == 1 || patterns * (categories[i] + 1) <= maxPatterns)) {
                radix[i] = patterns;
                patterns *= categories[i] + 1;
                i++;
            }
            chunks++;
        }
        this.chunkStart = Arrays.copyOf(starts, chunks + 1);
        chunkStart[chunks] = items;
        this.chunkBase = new int[chunks];
        this.stride = new int[items];
        this.sums = new double[(int) (total * nodes)];
        int offset = 0;
        for (int c = 0; c < chunks; c++) {
            chunkBase[c] = offset * nodes;
            int first = chunkStart[c];
            int last = chunkStart[c + 1];
            LogProbabilityTable rows = source.rows(first, last);
            double[] table = rows.table();
            int shift = local ? first : 0;
            int patterns = radix[last - 1] * (categories[last - 1] + 1);
            for (int code = 0; code < patterns; code++) {
                int base = (offset + code) * nodes;
                for (int item = first; item < last; item++) {
                    int symbol = code / radix[item] % (categories[item] + 1);
                    if (symbol > 0) {
                        addRow(table, rows.rowStart(item - shift, symbol - 1), sums, base, nodes);
                    }
                }
            }
            for (int item = first; item < last; item++) {
                stride[item] = radix[item] * nodes;
            }
            offset += patterns;
        }
    }

    /** The number of patterns of all chunks when a chunk has at most {@code maxPatterns} (or one item). */
    private static long totalPatterns(int[] categories, int maxPatterns) {
        long total = 0;
        int i = 0;
        while (i < categories.length) {
            int patterns = 1;
            while (i < categories.length && (patterns == 1 || patterns * (categories[i] + 1) <= maxPatterns)) {
                patterns *= categories[i] + 1;
                i++;
            }
            total += patterns;
        }
        return total;
    }

    private static int[] categoriesOf(LogProbabilityTable rows) {
        int[] categories = new int[rows.items()];
        for (int i = 0; i < categories.length; i++) {
            categories[i] = rows.categories(i);
        }
        return categories;
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
     * each chunk's pattern, then the sum of those rows, the rows taken two at a time, r_0 + r_1 (or r_0
     * alone when the chunks are odd in number) followed by + (r_2 + r_3) + (r_4 + r_5) + …, each pair
     * added in its turn. A pass over the nodes takes up to six rows, the first, and then up to two pairs
     * each: that only saves loads and stores of {@code out} (a quarter of the time of these sums, with
     * either compiler, on 10 chunks), every node's sum being the same as one pass per pair gives.
     *
     * @param responses the responses array, negative for missing (not modified)
     * @param from where the pattern's first item is
     * @param codes scratch of at least {@link #chunks()} ints (modified)
     * @param out receives the Q log-likelihoods at {@code 0..Q-1} (modified)
     * @return the number of answered items
     */
    public int logLikelihood(byte[] responses, int from, int[] codes, double[] out) {
        int answered = codes(responses, from, codes);
        int chunks = chunkBase.length;
        double[] t = sums;
        int q0 = nodes;
        int c = Math.min(chunks, (chunks & 1) == 1 ? 5 : 6);
        switch (c) {
            case 1 -> System.arraycopy(t, codes[0], out, 0, q0);
            case 2 -> setSum(t, codes[0], codes[1], out, q0);
            case 3 -> setSum(t, codes[0], codes[1], codes[2], out, q0);
            case 4 -> setSum(t, codes[0], codes[1], codes[2], codes[3], out, q0);
            case 5 -> setSum(t, codes[0], codes[1], codes[2], codes[3], codes[4], out, q0);
            default -> setSum(t, codes[0], codes[1], codes[2], codes[3], codes[4], codes[5], out, q0);
        }
        for (; c + 4 <= chunks; c += 4) {
            addSum(t, codes[c], codes[c + 1], codes[c + 2], codes[c + 3], out, q0);
        }
        if (c < chunks) {
            addSum(t, codes[c], codes[c + 1], out, q0);
        }
        return answered;
    }

    // Each loop over the nodes is a method of its own, short enough per call (Q trips) that the JIT compiles
    // it whole when it becomes hot instead of first compiling the loops of its caller on the stack (OSR), one
    // by one: that halves the compilation a short run pays for before it reaches compiled speed. The sums are
    // not unrolled by hand: the client compiler gained little from it and the optimising compiler, which
    // then no longer vectorises them, lost half its speed.

    /** Writes the table index of each chunk's pattern into {@code codes}; returns the answered items. */
    private int codes(byte[] responses, int from, int[] codes) {
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
        return answered;
    }

    /** out[at + q] += table[row + q]. */
    private static void addRow(double[] table, int row, double[] out, int at, int q0) {
        for (int q = 0; q < q0; q++) {
            out[at + q] += table[row + q];
        }
    }

    /** out[q] = t[a + q] + t[b + q]. */
    private static void setSum(double[] t, int a, int b, double[] out, int q0) {
        for (int q = 0; q < q0; q++) {
            out[q] = t[a + q] + t[b + q];
        }
    }

    /** out[q] = t[a + q] + (t[b + q] + t[c + q]). */
    private static void setSum(double[] t, int a, int b, int c, double[] out, int q0) {
        for (int q = 0; q < q0; q++) {
            out[q] = t[a + q] + (t[b + q] + t[c + q]);
        }
    }

    /** out[q] = (t[a + q] + t[b + q]) + (t[c + q] + t[d + q]). */
    private static void setSum(double[] t, int a, int b, int c, int d, double[] out, int q0) {
        for (int q = 0; q < q0; q++) {
            out[q] = (t[a + q] + t[b + q]) + (t[c + q] + t[d + q]);
        }
    }

    /** out[q] = (t[a + q] + (t[b + q] + t[c + q])) + (t[d + q] + t[e + q]). */
    private static void setSum(double[] t, int a, int b, int c, int d, int e, double[] out, int q0) {
        for (int q = 0; q < q0; q++) {
            out[q] = (t[a + q] + (t[b + q] + t[c + q])) + (t[d + q] + t[e + q]);
        }
    }

    /** out[q] = ((t[a + q] + t[b + q]) + (t[c + q] + t[d + q])) + (t[e + q] + t[f + q]). */
    private static void setSum(double[] t, int a, int b, int c, int d, int e, int f, double[] out, int q0) {
        for (int q = 0; q < q0; q++) {
            out[q] = ((t[a + q] + t[b + q]) + (t[c + q] + t[d + q])) + (t[e + q] + t[f + q]);
        }
    }

    /** out[q] += t[a + q] + t[b + q]. */
    private static void addSum(double[] t, int a, int b, double[] out, int q0) {
        for (int q = 0; q < q0; q++) {
            out[q] += t[a + q] + t[b + q];
        }
    }

    /** out[q] = (out[q] + (t[a + q] + t[b + q])) + (t[c + q] + t[d + q]). */
    private static void addSum(double[] t, int a, int b, int c, int d, double[] out, int q0) {
        for (int q = 0; q < q0; q++) {
            out[q] = (out[q] + (t[a + q] + t[b + q])) + (t[c + q] + t[d + q]);
        }
    }
}
