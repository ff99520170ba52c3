package io.github.cact.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.DataFormatException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    private static CsvReader csv(String text) throws IOException {
        return CsvReader.of(new StringReader(text), "t.csv");
    }

    /** Reads every record after the header as "line:cell|cell|...". */
    private static List<String> records(CsvReader reader) throws IOException {
        List<String> out = new ArrayList<>();
        while (reader.next()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < reader.size(); c++) {
                cells.add(reader.get(c));
            }
            out.add(reader.line() + ":" + String.join("|", cells));
        }
        return out;
    }

    @Test
    void separatorIsDetectedFromTheHeader() throws IOException {
        assertEquals(',', csv("id,a,b\n").separator());
        assertEquals(';', csv("id;a;b\n").separator());
        assertEquals('\t', csv("id\ta\tb\n").separator());
        assertEquals(List.of("id", "a", "b"), csv("id\ta\tb\n").header());
    }

    @Test
    void aTieOrNoSeparatorMeansComma() throws IOException {
        assertEquals(',', csv("a;b,c\n").separator());
        assertEquals(',', csv("a\tb,c\n").separator());
        assertEquals(',', csv("single\n").separator());
    }

    @Test
    void separatorsInsideQuotesDoNotCount() throws IOException {
        CsvReader reader = csv("\"a;b;c\",d\n");
        assertEquals(',', reader.separator());
        assertEquals(List.of("a;b;c", "d"), reader.header());
    }

    @Test
    void quotedCellsKeepSeparatorsAndDoubledQuotes() throws IOException {
        CsvReader reader = csv("h1;h2;h3\n\"x;y\";\"say \"\"hi\"\"\";z\n");
        assertEquals(List.of("2:x;y|say \"hi\"|z"), records(reader));
    }

    @Test
    void aQuotedCellMaySpanLinesAndLineNumbersStayPhysical() throws IOException {
        CsvReader reader = csv("id,note\n1,\"first\nsecond\"\n2,after\n");
        assertEquals(List.of("2:1|first\nsecond", "4:2|after"), records(reader));
    }

    @Test
    void blankLinesArePassedOverAndCounted() throws IOException {
        CsvReader reader = csv("\n\nid,a\n\n1,0\n\n\n2,1\n");
        assertEquals(List.of("id", "a"), reader.header());
        assertEquals(List.of("5:1|0", "8:2|1"), records(reader));
    }

    @Test
    void cellsAreStrippedButQuotedBlanksAreKept() throws IOException {
        CsvReader reader = csv("id , a\n 1 ,\"  x \"\n");
        assertEquals(List.of("id", "a"), reader.header());
        assertEquals(List.of("2:1|  x "), records(reader));
    }

    @Test
    void crlfLineEndsLeaveNoCarriageReturn() throws IOException {
        CsvReader reader = csv("id,a\r\n1,0\r\n2,\r\n");
        assertEquals(List.of("id", "a"), reader.header());
        assertEquals(List.of("2:1|0", "3:2|"), records(reader));
    }

    @Test
    void aQuotedLineBreakIsKeptAsItIsInTheFile() throws IOException {
        CsvReader reader = csv("id,a\n\"L\nF\",0\r\n\"CR\rLF\",1\r\"C\r\nL\",2\n");
        assertEquals(List.of("2:L\nF|0", "4:CR\rLF|1", "6:C\r\nL|2"), records(reader));
    }

    @Test
    void aByteOrderMarkIsRemovedFromTheFirstCell() throws IOException {
        CsvReader reader = csv("\uFEFFid;a\n1;0\n");
        assertEquals(';', reader.separator());
        assertEquals(List.of("id", "a"), reader.header());
    }

    @Test
    void aByteOrderMarkBeforeBlankLinesIsRemovedToo() throws IOException {
        CsvReader reader = csv("\uFEFF\n\nid,a\n1,0\n");
        assertEquals(List.of("id", "a"), reader.header());
        assertEquals(List.of("4:1|0"), records(reader));
    }

    @Test
    void anEmptyFileIsRefused() {
        for (String text : new String[] {"", "\n\n", "\uFEFF", "\uFEFF\r\n"}) {
            DataFormatException e = assertThrows(DataFormatException.class, () -> csv(text));
            assertEquals("t.csv: the file is empty; expected a header row", e.getMessage(), text);
        }
    }

    @Test
    void anUnclosedQuoteIsRefusedAtTheCellWhereItStarts() throws IOException {
        CsvReader reader = csv("id,a,b\n1,0,1\n2,0,\"open\nstill open\n");
        assertTrue(reader.next());
        DataFormatException e = assertThrows(DataFormatException.class, reader::next);
        assertEquals(3, e.line());
        assertEquals(3, e.column());
        assertTrue(e.getMessage().startsWith("t.csv, line 3, column 3: a quoted cell is not closed"), e.getMessage());
    }

    @Test
    void errorsAreLocatedAtTheCurrentRecord() throws IOException {
        CsvReader reader = csv("id,a\n\n1,x\n");
        assertTrue(reader.next());
        DataFormatException cell = reader.error(1, "bad");
        assertEquals("t.csv, line 3, column 2: bad", cell.getMessage());
        assertEquals("t.csv, line 3: row", reader.error(-1, "row").getMessage());
        assertFalse(reader.next());
    }

    @Test
    void openUsesTheFileNameAsSource(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("data.csv");
        Files.write(file, "\uFEFFid\ta\r\nE1\t1\r\n".getBytes(StandardCharsets.UTF_8));
        try (CsvReader reader = CsvReader.open(file)) {
            assertEquals("data.csv", reader.source());
            assertEquals('\t', reader.separator());
            assertEquals(List.of("id", "a"), reader.header());
            assertEquals(List.of("2:E1|1"), records(reader));
            assertEquals("CsvReader[data.csv, separator tab]", reader.toString());
        }
    }

    @Test
    void finiteNumbersAcceptADecimalCommaOnlyInSemicolonFiles() throws IOException {
        CsvReader semicolon = csv("a;b\n1,5;x\n");
        semicolon.next();
        org.junit.jupiter.api.Assertions.assertEquals(1.5, semicolon.finiteNumber(0, "a"), 0);
        io.github.cact.data.DataFormatException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.github.cact.data.DataFormatException.class, () -> semicolon.finiteNumber(1, "row 'r': b"));
        org.junit.jupiter.api.Assertions.assertEquals("t.csv, line 2, column 2: row 'r': b = 'x' is not a finite number",
                e.getMessage());
        CsvReader comma = csv("a,b\n\"1,5\",Infinity\n");
        comma.next();
        org.junit.jupiter.api.Assertions.assertThrows(io.github.cact.data.DataFormatException.class,
                () -> comma.finiteNumber(0, "a"));
        org.junit.jupiter.api.Assertions.assertThrows(io.github.cact.data.DataFormatException.class,
                () -> comma.finiteNumber(1, "b"));
    }
}
