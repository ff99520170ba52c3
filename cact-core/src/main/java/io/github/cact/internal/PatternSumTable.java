package io.github.cact.internal;

/**
 * The log-likelihood kernel with the items grouped in consecutive chunks whose response patterns are
 * few (Π K_i ≤ 256, e.g. 8 right/wrong items or 3 five-category items): for each chunk and each
 * pattern of its responses, the sum of the chunk's log-probability rows is tabulated once, so scoring
 * an examinee adds one row per chunk instead of one per item (up to 8× fewer additions). A chunk with a
 * missing response falls back to adding the rows of its answered items. Same results as
 * {@link LogProbabilityTable#addLogLikelihood(byte[], int, double[])} up to the order of additions.
 *
 * <p>Immutable after construction; thread-safe.
 */
public final class PatternSumTable {

    /** The most patterns a chunk may have. */
    static final int MAX_PATTERNS = 256;

    private final LogProbabilityTable rows;
    private final int nodes;
    private final int[] chunkStart;
    private final int[] chunkOffset;
    private final int[] radix;
    private final double[] sums;

    /**
     * Tabulates the chunk sums of a table.
     *
     * @param rows the per-item log-probability rows
     */
    public PatternSumTable(LogProbabilityTable rows) {
        this.rows = rows;
        this.nodes = rows.nodes();
        int items = rows.items();
        this.radix = new int[items];
        int[] starts = new int[items + 1];
        int chunks = 0;
        int i = 0;
        long total = 0;
        while (i < items) {
            starts[chunks] = i;
            int patterns = 1;
            while (i < items && patterns * rows.categories(i) <= MAX_PATTERNS) {
                radix[i] = patterns;
                patterns *= rows.categories(i);
                i++;
            }
            if (patterns == 1) {
                // an item with more than MAX_PATTERNS categories forms a chunk of its own
                radix[i] = 1;
                patterns = rows.categories(i);
                i++;
            }
            total += patterns;
            chunks++;
        }
        starts[chunks] = items;
        this.chunkStart = java.util.Arrays.copyOf(starts, chunks + 1);
        this.chunkOffset = new int[chunks + 1];
        this.sums = new double[Math.toIntExact(total * nodes)];
        double[] table = rows.table();
        int offset = 0;
        for (int c = 0; c < chunks; c++) {
            chunkOffset[c] = offset;
            int first = chunkStart[c];
            int last = chunkStart[c + 1];
            int patterns = radix[last - 1] * rows.categories(last - 1);
            for (int code = 0; code < patterns; code++) {
                int base = (offset + code) * nodes;
                for (int item = first; item < last; item++) {
                    int category = code / radix[item] % rows.categories(item);
                    int row = rows.rowStart(item, category);
                    for (int q = 0; q < nodes; q++) {
                        sums[base + q] += table[row + q];
                    }
                }
            }
            offset += patterns;
        }
        chunkOffset[chunks] = offset;
    }

    /**
     * Returns the number of chunks.
     *
     * @return how many rows a complete response pattern adds
     */
    public int chunks() {
        return chunkStart.length - 1;
    }

    /**
     * Adds Σ_i log P(x_i | θ_q) over the answered items of one pattern to an accumulator.
     *
     * @param responses the responses array, negative for missing
     * @param from where the pattern's first item is
     * @param acc Q values to add to (modified)
     */
    public void addLogLikelihood(byte[] responses, int from, double[] acc) {
        addLogLikelihood(responses, from, acc, 0);
    }

    /**
     * As {@link #addLogLikelihood(byte[], int, double[])}, adding into {@code acc[accFrom..accFrom+Q)}.
     *
     * @param responses the responses array, negative for missing
     * @param from where the pattern's first item is
     * @param acc the accumulator array (modified)
     * @param accFrom where the Q values to add to start
     */
    public void addLogLikelihood(byte[] responses, int from, double[] acc, int accFrom) {
        int chunks = chunkStart.length - 1;
        double[] table = rows.table();
        for (int c = 0; c < chunks; c++) {
            int first = chunkStart[c];
            int last = chunkStart[c + 1];
            int code = 0;
            boolean complete = true;
            for (int item = first; item < last; item++) {
                int x = responses[from + item];
                if (x < 0) {
                    complete = false;
                    break;
                }
                code += x * radix[item];
            }
            if (complete) {
                int base = (chunkOffset[c] + code) * nodes;
                for (int q = 0; q < nodes; q++) {
                    acc[accFrom + q] += sums[base + q];
                }
            } else {
                for (int item = first; item < last; item++) {
                    int x = responses[from + item];
                    if (x >= 0) {
                        int row = rows.rowStart(item, x);
                        for (int q = 0; q < nodes; q++) {
                            acc[accFrom + q] += table[row + q];
                        }
                    }
                }
            }
        }
    }
}
