package io.github.cact.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Ids kept as UTF-8 bytes in segments, and the search for repeats over them. */
class ExamineeIdsTest {

    private static ExamineeIds.Segment segment(String... ids) {
        ExamineeIds.Writer writer = new ExamineeIds.Writer(1);
        for (String id : ids) {
            writer.add(id);
        }
        return writer.finish();
    }

    @Test
    void idsOfFixedAndVaryingLengthReadBackAsGiven() {
        ExamineeIds.Segment fixed = segment("E01", "E02", "E03");
        ExamineeIds.Segment varying = segment("Siti Nurhaliza", "é", "王小明", "E1");
        assertNull(fixed.ends(), "equal lengths need no offsets");
        assertEquals(3, fixed.width());
        ExamineeIds ids = ExamineeIds.of(List.of(fixed, varying));
        List<String> expected = List.of("E01", "E02", "E03", "Siti Nurhaliza", "é", "王小明", "E1");
        assertEquals(expected, ids);
        assertEquals(expected.hashCode(), ids.hashCode());
        assertEquals(List.of("E03", "Siti Nurhaliza", "é"), ids.slice(2, 5));
        assertArrayEquals("王小明".getBytes(StandardCharsets.UTF_8), ids.bytes(5));
        assertThrows(IndexOutOfBoundsException.class, () -> ids.get(7));
        assertThrows(IndexOutOfBoundsException.class, () -> ids.get(-1));
    }

    @Test
    void sameIdComparesBytesAcrossSegments() {
        ExamineeIds ids = ExamineeIds.of(List.of(segment("A", "BB"), segment("BB", "B")));
        assertTrue(ids.sameId(1, 2));
        assertFalse(ids.sameId(1, 3));
        assertFalse(ids.sameId(0, 3));
    }

    @Test
    void theFirstRepeatInRowOrderIsFound() {
        List<ExamineeIds.Segment> segments = new ArrayList<>();
        for (int s = 0; s < 30; s++) {
            ExamineeIds.Writer writer = new ExamineeIds.Writer(4);
            for (int k = 0; k < 1000; k++) {
                writer.add("E" + (s * 1000 + k));
            }
            segments.add(writer.finish());
        }
        ExamineeIds distinct = ExamineeIds.of(segments);
        assertNull(RepeatedIds.first(distinct, distinct.size()));
        // rows 30000.. repeat rows 12345 and then 7; the later first repeat (in row order) is reported
        segments.add(segment("new", "E12345", "E7"));
        ExamineeIds repeated = ExamineeIds.of(segments);
        assertArrayEquals(new int[] {12345, 30001}, RepeatedIds.first(repeated, repeated.size()));
        assertNull(RepeatedIds.first(repeated, 30001), "rows after the limit are not looked at");
    }

    @Test
    void theHashDependsOnEveryByteAndTheLength() {
        byte[] a = "E0000001".getBytes(StandardCharsets.UTF_8);
        byte[] b = "E0000002".getBytes(StandardCharsets.UTF_8);
        byte[] c = "E0000001\0".getBytes(StandardCharsets.UTF_8);
        long ha = ExamineeIds.hash(a, 0, a.length);
        assertTrue(ha != ExamineeIds.hash(b, 0, b.length));
        assertTrue(ha != ExamineeIds.hash(c, 0, c.length));
        assertEquals(ha, ExamineeIds.hash(c, 0, a.length));
    }

    @Test
    void idsOfVaryingLengthKeepTwoByteEndsUnlessAGroupSpansMoreThan64KiB() {
        List<String> shortIds = new ArrayList<>();
        ExamineeIds.Writer writer = new ExamineeIds.Writer(4);
        for (int k = 0; k < 1000; k++) {
            shortIds.add("P" + k);
            writer.add("P" + k);
        }
        ExamineeIds.Segment near = writer.finish();
        assertNull(near.ends());
        assertEquals(1000, near.nearEnds().length);
        assertEquals(4, near.bases().length, "one base per 256 ids");
        assertEquals(shortIds, ExamineeIds.of(List.of(near)));

        List<String> longIds = new ArrayList<>();
        writer = new ExamineeIds.Writer(4);
        for (int k = 0; k < 300; k++) {
            String id = "Q".repeat(300 + k % 7) + k;
            longIds.add(id);
            writer.add(id);
        }
        ExamineeIds.Segment far = writer.finish();
        assertNull(far.nearEnds(), "256 ids of 300 bytes span more than 64 KiB");
        assertEquals(300, far.ends().length);
        assertEquals(longIds, ExamineeIds.of(List.of(far)));
    }

    @Test
    void segmentsKnowWhetherTheirIdsRise() {
        assertTrue(segment("A", "AB", "B", "é").ascending(), "unsigned byte order: é (0xC3 0xA9) is above B");
        assertFalse(segment("A", "B", "B").ascending());
        assertFalse(segment("B", "A").ascending());
        assertTrue(segment("E0000001").ascending());
        assertTrue(ExamineeIds.of(List.of(segment("A", "B"), segment("C", "D"))).ascending(4));
        assertFalse(ExamineeIds.of(List.of(segment("A", "B"), segment("B", "D"))).ascending(4),
                "a segment must begin above the end of the one before");
    }

    @Test
    void aRepeatAcrossRisingSegmentsIsFound() {
        ExamineeIds ids = ExamineeIds.of(List.of(segment("A", "B"), segment(), segment("B", "C")));
        assertArrayEquals(new int[] {1, 2}, RepeatedIds.first(ids, ids.size()));
        assertNull(RepeatedIds.first(ExamineeIds.of(List.of(segment("A", "B"), segment(), segment("C"))), 3));
    }

    @Test
    void theWordWiseCompareOrdersAsArraysCompareUnsignedDoes() {
        Random random = new Random(20261130);
        byte[] a = new byte[40];
        byte[] b = new byte[40];
        for (int trial = 0; trial < 20000; trial++) {
            for (int k = 0; k < a.length; k++) {
                a[k] = (byte) (random.nextInt(3) - 1 + (k % 2 == 0 ? 'E' : 0x80));
                b[k] = random.nextInt(30) == 0 ? (byte) (random.nextInt(3) - 1 + (k % 2 == 0 ? 'E' : 0x80)) : a[k];
            }
            int aFrom = random.nextInt(20);
            int aTo = aFrom + random.nextInt(a.length - aFrom + 1);
            int bFrom = random.nextInt(20);
            int bTo = bFrom + random.nextInt(b.length - bFrom + 1);
            assertEquals(Integer.signum(Arrays.compareUnsigned(a, aFrom, aTo, b, bFrom, bTo)),
                    Integer.signum(ExamineeIds.compare(a, aFrom, aTo, b, bFrom, bTo)));
            assertEquals(Integer.signum(Arrays.compareUnsigned(a, aFrom, aTo, a, aFrom, aTo)),
                    Integer.signum(ExamineeIds.compare(a, aFrom, aTo, a, aFrom, aTo)));
        }
    }
}
