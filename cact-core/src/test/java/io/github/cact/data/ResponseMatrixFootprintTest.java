package io.github.cact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The documented size, 1,000,000 examinees × 100 items, built and read from CSV, with the heap it retains.
 * Measured on the shared 2-core development machine: 153 MB retained when built (a {@code String} per id),
 * about 108 MB when read (ids kept as their bytes; 107.9 MB measured on a simulated file of that size);
 * building row by row takes
 * about 2 s, reading the 196 MB of generated semicolon-separated text about 12 s (generating the text
 * included). Building runs with every test run; reading is heavy (CPU), so it runs only when asked:
 * {@code mvn -o -B -pl cact-core verify -Dcact.heavy=true -Dtest=ResponseMatrixFootprintTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ResponseMatrixFootprintTest {

    private static final int EXAMINEES = 1_000_000;
    private static final int ITEMS = 100;
    private static final long GIB = 1L << 30;

    private static final List<String> ITEM_IDS = IntStream.range(0, ITEMS).mapToObj(i -> "Q" + i).toList();

    /** The cell of examinee e, item i: a fixed pattern with missing cells. */
    private static int cell(int e, int i) {
        int v = (e * 31 + i * 17) % 7;
        return v == 6 ? ResponseMatrix.MISSING : v % 5;
    }

    /** The id of examinee e: {@code E} and seven digits. */
    private static String id(int e) {
        String digits = Integer.toString(e);
        return "E" + "0000000".substring(digits.length()) + digits;
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int k = 0; k < 3; k++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void check(ResponseMatrix m) {
        assertEquals(EXAMINEES, m.examinees());
        assertEquals(ITEMS, m.items());
        for (int e = 0; e < EXAMINEES; e += 99_991) {
            for (int i = 0; i < ITEMS; i++) {
                assertEquals(cell(e, i), m.response(e, i));
            }
        }
        assertEquals("E0999999", m.examineeId(EXAMINEES - 1));
    }

    @Test
    void aMillionByHundredBuiltRowByRowRetainsWellUnderOneGib() {
        long before = usedHeapAfterGc();
        ResponseMatrix.Builder builder = ResponseMatrix.builder(ITEM_IDS);
        int[] row = new int[ITEMS];
        for (int e = 0; e < EXAMINEES; e++) {
            for (int i = 0; i < ITEMS; i++) {
                row[i] = cell(e, i);
            }
            builder.add(id(e), row);
        }
        ResponseMatrix m = builder.build();
        builder = null;
        long retained = usedHeapAfterGc() - before;
        check(m);
        assertTrue(retained < GIB / 4, "retained " + retained + " bytes");
    }

    @Test
    @EnabledIfSystemProperty(named = "cact.heavy", matches = "true")
    void aMillionByHundredReadFromCsvRetainsWellUnderOneGib() throws IOException {
        long before = usedHeapAfterGc();
        ResponseMatrix m = ResponseCsv.read(new GeneratedCsv(), "generated.csv");
        long retained = usedHeapAfterGc() - before;
        check(m);
        assertTrue(retained < GIB / 4, "retained " + retained + " bytes");
    }

    /** A response file of EXAMINEES rows, generated as it is read instead of held in memory. */
    private static final class GeneratedCsv extends Reader {
        private final StringBuilder line = new StringBuilder();
        private int nextRow = -1;
        private int pos;

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (pos == line.length() && !fill()) {
                return -1;
            }
            int n = Math.min(length, line.length() - pos);
            line.getChars(pos, pos + n, buffer, offset);
            pos += n;
            return n;
        }

        private boolean fill() {
            if (nextRow == EXAMINEES) {
                return false;
            }
            line.setLength(0);
            pos = 0;
            if (nextRow < 0) {
                line.append("NIP;").append(String.join(";", ITEM_IDS));
            } else {
                line.append(id(nextRow));
                for (int i = 0; i < ITEMS; i++) {
                    int v = cell(nextRow, i);
                    line.append(';');
                    if (v != ResponseMatrix.MISSING) {
                        line.append(v);
                    }
                }
            }
            line.append("\r\n");
            nextRow++;
            return true;
        }

        @Override
        public void close() {
            nextRow = EXAMINEES;
        }
    }
}
