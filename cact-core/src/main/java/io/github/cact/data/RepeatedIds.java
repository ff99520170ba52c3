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

    /**
     * Returns the rows {earlier, later} of the first row whose id an earlier row has, or null if the ids of
     * rows {@code 0..rows-1} are distinct. The table holds one {@code long} a slot, the upper half of the
     * id's 64-bit hash over the row number plus one, in about {@code 4/3 × rows} slots (linear probing at a
     * load of at most 3/4; the slot is the lower half of the hash scaled to the table, Lemire's
     * multiply-shift reduction): about 11 bytes per row, whatever the ids. Equal upper halves are only
     * candidates: the bytes of the two ids are compared, so distinct ids are never reported.
     */
    static int[] first(ExamineeIds ids, int rows) {
        long capacity = rows + (rows + 2L) / 3 + 1;
        long[] table = new long[(int) Math.min(capacity, Integer.MAX_VALUE - 8)];
        int r = 0;
        for (int s = 0; r < rows; s++) {
            ExamineeIds.Segment segment = ids.segment(s);
            for (int k = 0; k < segment.rows() && r < rows; k++, r++) {
                long hash = segment.hash(k);
                long tag = hash & 0xFFFFFFFF00000000L;
                int slot = (int) (((hash & 0xFFFFFFFFL) * table.length) >>> 32);
                while (table[slot] != 0) {
                    int earlier = (int) table[slot] - 1;
                    if ((table[slot] & 0xFFFFFFFF00000000L) == tag && ids.sameId(earlier, r)) {
                        return new int[] {earlier, r};
                    }
                    slot = slot + 1 == table.length ? 0 : slot + 1;
                }
                table[slot] = tag | (r + 1L);
            }
        }
        return null;
    }

    /** Spreads a hash code's bits over the low ones (Fibonacci hashing). */
    static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
