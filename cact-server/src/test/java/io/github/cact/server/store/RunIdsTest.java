package io.github.cact.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RunIdsTest {

    /** RFC 9562, appendix A.6: the example UUIDv7 of 2022-02-22T14:22:22-05:00 (unix_ts_ms 0x017F22E279B0). */
    @Test
    void layoutIsTheRfcExample() {
        UUID id = RunIds.of(0x017F22E279B0L, 0xCC3L, 0x18C4DC0C0C07398FL);
        assertEquals("017f22e2-79b0-7cc3-98c4-dc0c0c07398f", id.toString());
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
    }

    @Test
    void idsFollowTheClockAndDiffer() {
        String first = RunIds.next();
        UUID parsed = UUID.fromString(first);
        assertEquals(7, parsed.version());
        assertEquals(2, parsed.variant());
        long millis = parsed.getMostSignificantBits() >>> 16;
        assertTrue(Math.abs(System.currentTimeMillis() - millis) < 60_000, first);
        assertNotEquals(first, RunIds.next());
        UUID later = RunIds.of(millis + 1, 0, 0);
        assertTrue(later.toString().compareTo(first) > 0, later + " after " + first);
    }
}
