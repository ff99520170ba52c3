package io.github.cact.calibration;

import io.github.cact.data.ResponseMatrix;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Response patterns as flat {@code byte} rows ({@code pattern * items + item}, negative = missing) with
 * frequency weights. Identical patterns are collapsed when that pays: always for short tests (≤ 20
 * items), otherwise when the first 20,000 rows hold at most half as many distinct patterns. Immutable after
 * construction.
 */
final class PatternData {

    static final int ALWAYS_COLLAPSE_ITEMS = 20;
    static final int SAMPLE_ROWS = 20_000;

    final int items;
    final int patterns;
    final byte[] rows;
    final double[] weights;
    final double total;
    final boolean collapsed;
    /** Per item, whether some pattern misses it; null where the rows have to be looked at to tell. */
    final boolean[] missing;

    PatternData(int items, byte[] rows, double[] weights, boolean collapsed) {
        this(items, rows, weights, collapsed, null, sum(weights));
    }

    private PatternData(int items, byte[] rows, double[] weights, boolean collapsed, boolean[] missing, double total) {
        this.items = items;
        this.patterns = weights.length;
        this.rows = rows;
        this.weights = weights;
        this.collapsed = collapsed;
        this.missing = missing;
        this.total = total;
    }

    private static double sum(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        return sum;
    }

    /**
     * Copies the examinees that answered at least one item, collapsing identical patterns if that pays.
     *
     * @param data the responses
     * @param keep which examinees to use
     * @param kept how many are kept
     * @param missing per item, whether some kept examinee misses it (not copied)
     * @return the patterns
     */
    static PatternData of(ResponseMatrix data, boolean[] keep, int kept, boolean[] missing) {
        int items = data.items();
        byte[] row = new byte[items];
        boolean collapse = items <= ALWAYS_COLLAPSE_ITEMS;
        if (!collapse) {
            collapse = fewDistinct(data, keep, Math.min(kept, SAMPLE_ROWS));
        }
        if (!collapse) {
            byte[] rows = new byte[Math.multiplyExact(kept, items)];
            double[] weights = new double[kept];
            int p = 0;
            for (int n = 0; n < data.examinees(); n++) {
                if (keep[n]) {
                    data.copyRow(n, rows, p * items);
                    weights[p++] = 1;
                }
            }
            return new PatternData(items, rows, weights, false, missing, kept); // kept weights of 1
        }
        Map<Row, Integer> index = new HashMap<>();
        byte[] rows = new byte[Math.multiplyExact(Math.min(kept, 1024), items)];
        double[] weights = new double[Math.min(kept, 1024)];
        int distinct = 0;
        for (int n = 0; n < data.examinees(); n++) {
            if (!keep[n]) {
                continue;
            }
            data.copyRow(n, row, 0);
            Integer at = index.get(new Row(row));
            if (at != null) {
                weights[at]++;
                continue;
            }
            if (distinct == weights.length) {
                int grown = (int) Math.min((long) kept, 2L * weights.length);
                weights = Arrays.copyOf(weights, grown);
                rows = Arrays.copyOf(rows, Math.multiplyExact(grown, items));
            }
            System.arraycopy(row, 0, rows, distinct * items, items);
            index.put(new Row(Arrays.copyOfRange(rows, distinct * items, (distinct + 1) * items)), distinct);
            weights[distinct] = 1;
            distinct++;
        }
        return new PatternData(items, Arrays.copyOf(rows, distinct * items), Arrays.copyOf(weights, distinct), true,
                missing, kept); // whole-number weights that add up to the kept examinees exactly
    }

    /**
     * Whether the first {@code sample} kept rows hold at most half as many distinct patterns; stops as soon
     * as more than half of them are distinct, which decides the answer. The distinct rows are kept in one
     * array and found by their hash in an open-addressing table of row numbers (linear probing, compared by
     * content), with no object per row.
     */
    private static boolean fewDistinct(ResponseMatrix data, boolean[] keep, int sample) {
        int items = data.items();
        int most = sample / 2 + 1;
        byte[] rows = new byte[Math.multiplyExact(most, items)];
        int[] slots = new int[Integer.highestOneBit(2 * most) * 2];
        Arrays.fill(slots, -1);
        int mask = slots.length - 1;
        int distinct = 0;
        int seen = 0;
        for (int n = 0; n < data.examinees() && seen < sample; n++) {
            if (!keep[n]) {
                continue;
            }
            int at = distinct * items;
            data.copyRow(n, rows, at);
            seen++;
            int slot = hash(rows, at, items) & mask;
            while (slots[slot] >= 0 && !Arrays.equals(rows, slots[slot] * items, slots[slot] * items + items, rows, at,
                    at + items)) {
                slot = (slot + 1) & mask;
            }
            if (slots[slot] < 0) {
                slots[slot] = distinct++;
                if (distinct * 2 > sample) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code Arrays.hashCode} of {@code row[from .. from + length)}, its bits mixed so that the low ones vary. */
    private static int hash(byte[] row, int from, int length) {
        int h = 1;
        for (int i = from; i < from + length; i++) {
            h = 31 * h + row[i];
        }
        return h ^ (h >>> 16);
    }

    /** A response row as a hash key, compared by content. */
    private record Row(byte[] responses) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Row row && Arrays.equals(responses, row.responses);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(responses);
        }
    }

    /** Whether any response is missing. */
    boolean hasMissing() {
        if (missing != null) {
            for (boolean m : missing) {
                if (m) {
                    return true;
                }
            }
            return false;
        }
        for (int c = 0; c < rows.length; c++) {
            if (rows[c] < 0) {
                return true;
            }
        }
        return false;
    }
}
