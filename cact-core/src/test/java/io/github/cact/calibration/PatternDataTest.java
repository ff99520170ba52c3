package io.github.cact.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The collapse rule of {@link PatternData#of}: a test of more than 20 items is collapsed exactly when its
 * first 20,000 kept rows hold at most 10,000 distinct patterns; the rows and weights are those of the data.
 */
class PatternDataTest {

    private static final int ITEMS = 25;

    /** Rows of 25 items: {@code distinct} different patterns, then copies of the first one up to {@code rows}. */
    private static ResponseMatrix data(int rows, int distinct, long seed) {
        Random random = new Random(seed);
        List<String> ids = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            items.add("i" + i);
        }
        byte[] cells = new byte[rows * ITEMS];
        // pattern d < distinct: the 25 bits of d xor a random mask, so that the patterns differ
        int mask = random.nextInt(1 << ITEMS);
        for (int n = 0; n < rows; n++) {
            ids.add("p" + n);
            int code = (n < distinct ? n : 0) ^ mask;
            for (int i = 0; i < ITEMS; i++) {
                cells[n * ITEMS + i] = (byte) ((code >>> i) & 1);
            }
        }
        return ResponseMatrix.of(ids, items, cells);
    }

    private static boolean[] all(int n) {
        boolean[] keep = new boolean[n];
        Arrays.fill(keep, true);
        return keep;
    }

    @Test
    void collapsesAtHalfTheSampleDistinctAndNotOneMore() {
        int rows = PatternData.SAMPLE_ROWS + 500;
        ResponseMatrix half = data(rows, PatternData.SAMPLE_ROWS / 2, 1);
        PatternData collapsed = PatternData.of(half, all(rows), rows, new boolean[ITEMS]);
        assertTrue(collapsed.collapsed);
        assertEquals(PatternData.SAMPLE_ROWS / 2, collapsed.patterns);
        assertEquals(rows, collapsed.total);
        assertEquals(rows - PatternData.SAMPLE_ROWS / 2 + 1, collapsed.weights[0]);

        ResponseMatrix more = data(rows, PatternData.SAMPLE_ROWS / 2 + 1, 2);
        PatternData kept = PatternData.of(more, all(rows), rows, new boolean[ITEMS]);
        assertFalse(kept.collapsed);
        assertEquals(rows, kept.patterns);
        byte[] row = new byte[ITEMS];
        more.copyRow(rows - 1, row, 0);
        assertArrayEquals(row, Arrays.copyOfRange(kept.rows, (rows - 1) * ITEMS, rows * ITEMS));
    }

    @Test
    void onlyKeptRowsCountAndMissingFlagsComeFromTheCaller() {
        int rows = 3_000;
        ResponseMatrix distinct = data(rows, rows, 3);
        boolean[] keep = all(rows);
        // leave out every other row: 1,500 kept rows, all distinct, so more than half of the sample
        for (int n = 0; n < rows; n += 2) {
            keep[n] = false;
        }
        boolean[] missing = new boolean[ITEMS];
        missing[3] = true;
        PatternData patterns = PatternData.of(distinct, keep, rows / 2, missing);
        assertFalse(patterns.collapsed);
        assertEquals(rows / 2, patterns.patterns);
        assertTrue(patterns.hasMissing());
        assertFalse(PatternData.of(distinct, keep, rows / 2, new boolean[ITEMS]).hasMissing());
    }
}
