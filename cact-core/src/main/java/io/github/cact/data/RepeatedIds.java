package io.github.cact.data;

import java.util.function.IntFunction;

/** Finds the first repeated examinee id, in row order, with an open-addressing table of row numbers. */
final class RepeatedIds {

    private RepeatedIds() {
    }

    /**
     * Returns the rows {earlier, later} of the first row whose id an earlier row has, or null if the ids of
     * rows {@code 0..rows-1} are distinct.
     */
    static int[] first(IntFunction<String> ids, int rows) {
        int capacity = Integer.highestOneBit(Math.max(2, rows) * 2 - 1) << 1;
        int[] table = new int[capacity];
        int mask = capacity - 1;
        for (int r = 0; r < rows; r++) {
            String id = ids.apply(r);
            int slot = spread(id.hashCode()) & mask;
            while (table[slot] != 0) {
                int earlier = table[slot] - 1;
                if (ids.apply(earlier).equals(id)) {
                    return new int[] {earlier, r};
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = r + 1;
        }
        return null;
    }

    /** Spreads a hash code's bits over the low ones (Fibonacci hashing). */
    static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
