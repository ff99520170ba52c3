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
     * rows {@code 0..rows-1} are distinct. Ids that rise strictly in the order of their bytes (as numbered
     * ids often do) are distinct, which one comparison per row shows. Otherwise a table of {@code int}s
     * takes the rows in order, in {@code 5/4 × rows} slots (linear probing at a load of at most 4/5): about
     * 5 bytes per row, whatever the ids. A slot holds the row number plus one in its low {@code b} bits,
     * {@code b} the bits of {@code rows}, and the top {@code 32 − b} bits of the id's 64-bit hash above them
     * as a tag; the slot is the hash's lower half scaled to the table (Lemire's multiply-shift reduction).
     * Equal tags are only candidates: the bytes of the two ids are compared, so distinct ids are never
     * reported.
     */
    static int[] first(ExamineeIds ids, int rows) {
        if (ids.ascending(rows)) {
            return null;
        }
        int rowMask = -1 >>> Integer.numberOfLeadingZeros(rows);
        long capacity = rows + rows / 4L + 1;
        int[] table = new int[(int) Math.min(capacity, Integer.MAX_VALUE - 8)];
        int r = 0;
        for (int s = 0; r < rows; s++) {
            ExamineeIds.Segment segment = ids.segment(s);
            for (int k = 0; k < segment.rows() && r < rows; k++, r++) {
                long hash = segment.hash(k);
                int tag = (int) (hash >>> 32) & ~rowMask;
                int slot = (int) (((hash & 0xFFFFFFFFL) * table.length) >>> 32);
                while (table[slot] != 0) {
                    int entry = table[slot];
                    if ((entry & ~rowMask) == tag && ids.sameId((entry & rowMask) - 1, r)) {
                        return new int[] {(entry & rowMask) - 1, r};
                    }
                    slot = slot + 1 == table.length ? 0 : slot + 1;
                }
                table[slot] = tag | (r + 1);
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
