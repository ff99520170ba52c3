package io.github.cact.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
}
