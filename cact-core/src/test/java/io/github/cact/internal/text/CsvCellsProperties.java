package io.github.cact.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CsvCellsProperties {

    /** A cell whose bytes stand unquoted is written as those very bytes: the byte rule never disagrees. */
    @Property(tries = 2000, seed = "20261130")
    void bytesThatStandUnquotedAreTheCellAsQuoteWritesIt(@ForAll("cells") String cell) {
        byte[] utf8 = ("<" + cell + ">").getBytes(StandardCharsets.UTF_8);
        int to = utf8.length - 1;
        if (CsvCells.standsUnquoted(utf8, 1, to)) {
            assertFalse(CsvCells.needsQuotes(cell), cell);
            assertEquals(CsvCells.quote(cell), new String(utf8, 1, to - 1, StandardCharsets.UTF_8));
        }
    }

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.strings().withChars("aZ09 ,;\t\"\r\n\u3000é\u007F-_.").ofMaxLength(8);
    }

    @Example
    void plainIdsStandAndEveryKindOfQuotedCellDoesNot() {
        assertTrue(stands("E000123"));
        for (String cell : new String[] {"", " E1", "E1 ", "E,1", "E;1", "E\"1", "E\t1", "E\r1", "E\n1", "Eé1"}) {
            assertFalse(stands(cell), cell);
        }
    }

    private static boolean stands(String cell) {
        byte[] utf8 = cell.getBytes(StandardCharsets.UTF_8);
        return CsvCells.standsUnquoted(utf8, 0, utf8.length);
    }
}
