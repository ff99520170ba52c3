package io.github.cact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fingerprint table of the streaming parser, including fingerprints that collide. */
class SeenIdsTest {

    @Test
    void aRepeatIsOnlyWhatTheCallerConfirms() {
        ResponseParser.SeenIds seen = new ResponseParser.SeenIds();
        List<Integer> asked = new ArrayList<>();
        assertEquals(0, seen.addOrFind(5, 2, line -> fail(asked, line)));
        // same fingerprint, another id: the earlier row is asked about, denied, and the id is added
        assertEquals(0, seen.addOrFind(5, 7, line -> asked.add(line) && false));
        assertEquals(List.of(2), asked);
        // same fingerprint again: both earlier rows are candidates until one is confirmed
        asked.clear();
        assertEquals(7, seen.addOrFind(5, 9, line -> asked.add(line) && line == 7));
        assertEquals(List.of(2, 7), asked);
        assertEquals(0, seen.addOrFind(6, 10, line -> fail(asked, line)));
    }

    @Test
    void manyIdsSurviveGrowth() {
        ResponseParser.SeenIds seen = new ResponseParser.SeenIds();
        for (int k = 1; k <= 50_000; k++) {
            assertEquals(0, seen.addOrFind(fingerprint("E" + k), k + 1, line -> false));
        }
        for (int k = 1; k <= 50_000; k += 997) {
            int expected = k + 1;
            assertEquals(expected, seen.addOrFind(fingerprint("E" + k), 60_000,
                    line -> line == expected));
        }
        assertNotEquals(fingerprint("E1"), fingerprint("E2"));
    }

    private static long fingerprint(String id) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        return ExamineeIds.hash(bytes, 0, bytes.length);
    }

    private static boolean fail(List<Integer> asked, int line) {
        asked.add(line);
        throw new AssertionError("no earlier id has this fingerprint, yet line " + line + " was asked about");
    }
}
