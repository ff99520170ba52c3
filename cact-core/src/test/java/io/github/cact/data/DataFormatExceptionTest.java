package io.github.cact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class DataFormatExceptionTest {

    @Test
    void theMessageNamesThePlaceThatApplies() {
        DataFormatException e = new DataFormatException("a.csv", 7, 3, "bad");
        assertEquals("a.csv, line 7, column 3: bad", e.getMessage());
        assertEquals("a.csv", e.source());
        assertEquals(7, e.line());
        assertEquals(3, e.column());
        assertEquals("a.csv, line 7: bad", new DataFormatException("a.csv", 7, 0, "bad").getMessage());
        assertEquals("a.csv: bad", new DataFormatException("a.csv", 0, 0, "bad").getMessage());
    }

    @Test
    void nullsAreRefused() {
        NullPointerTester tester = new NullPointerTester();
        tester.testAllPublicConstructors(DataFormatException.class);
        tester.testAllPublicStaticMethods(DataFormatException.class);
        tester.testAllPublicInstanceMethods(new DataFormatException("a.csv", 1, 1, "bad"));
    }

    @Test
    void aJsonPathTakesThePlaceOfLineAndColumn() {
        DataFormatException e = DataFormatException.atJsonPath("config.json", "$.potentialBands.highFrom",
                "found \"81\"; expected a number");
        assertEquals("config.json, $.potentialBands.highFrom: found \"81\"; expected a number", e.getMessage());
        assertEquals("$.potentialBands.highFrom", e.jsonPath());
        assertEquals(0, e.line());
        assertEquals(0, e.column());
        assertEquals("", new DataFormatException("a.csv", 1, 1, "bad").jsonPath());
    }

    @Test
    void invalidUtf8SaysHowToConvert() {
        DataFormatException e = DataFormatException.invalidUtf8("people.csv", 3, 16, 0xE9);
        assertEquals("people.csv, line 3, column 16: invalid UTF-8 (byte 0xE9); the file must be UTF-8: in Excel save"
                + " as 'CSV UTF-8', or convert with iconv -f WINDOWS-1252 -t UTF-8", e.getMessage());
        assertEquals("byte 0x93", DataFormatException.invalidUtf8("a", 1, 1, (byte) 0x93).getMessage()
                .replaceAll(".*\\((.*)\\).*", "$1"));
    }

    @Test
    void theMessageIsOneLine() {
        assertEquals("a.csv, line 2, column 3: value 'x\\ny\\tz\\u0000' is not a number",
                new DataFormatException("a.csv", 2, 3, "value 'x\ny\tz\u0000' is not a number").getMessage());
        assertEquals("c.json, $.a: 'p\\rq'", DataFormatException.atJsonPath("c.json", "$.a", "'p\rq'").getMessage());
    }
}
