package io.github.cact.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.DataFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strict UTF-8 and the documented limits of {@link CsvReader} and {@link Json}. */
class InputBoundsTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static List<String> cells(CsvReader csv) throws IOException {
        List<String> all = new ArrayList<>(csv.header());
        while (csv.next()) {
            for (int c = 0; c < csv.size(); c++) {
                all.add(csv.get(c));
            }
        }
        return all;
    }

    @Test
    void aWindows1252PeopleFileIsRefusedAtTheFirstBadCharacter(@TempDir Path dir) throws IOException {
        Path people = dir.resolve("people.csv");
        Files.write(people, "id,name,unit\nP1,Budi,Biro\nP2,Sugiyanto Adé,Biro\n".getBytes(WINDOWS_1252));
        DataFormatException e = assertThrows(DataFormatException.class, () -> {
            try (CsvReader csv = CsvReader.open(people)) {
                cells(csv);
            }
        });
        assertEquals("people.csv, line 3, column 16: invalid UTF-8 (byte 0xE9); the file must be UTF-8: in Excel"
                + " save as 'CSV UTF-8', or convert with iconv -f WINDOWS-1252 -t UTF-8", e.getMessage());
        assertEquals(3, e.line());
        assertEquals(16, e.column());
        assertFalse(e.getMessage().contains("\uFFFD"));
    }

    @Test
    void theSameFileInUtf8WithABomIsRead(@TempDir Path dir) throws IOException {
        Path people = dir.resolve("people.csv");
        Files.writeString(people, "\uFEFFid,name\r\nP2,Sugiyanto Adé\r\n", StandardCharsets.UTF_8);
        try (CsvReader csv = CsvReader.open(people)) {
            assertEquals(List.of("id", "name", "P2", "Sugiyanto Adé"), cells(csv));
        }
    }

    @Test
    void columnsCountCharactersNotBytesAndLinesEndAtCrToo() throws IOException {
        byte[] head = "a\rsé😀x,".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> read(Utf8Input.of(new ByteArrayInputStream(bytes), "x.csv")));
        assertEquals(2, e.line());
        assertEquals(6, e.column(), e.getMessage());
        assertTrue(e.getMessage().contains("byte 0xC3"), e.getMessage());
    }

    @Test
    void aSequenceCutAtTheEndOfTheFileIsRefused() {
        byte[] bytes = {'a', '\n', 'b', (byte) 0xE2, (byte) 0x82};
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> read(Utf8Input.of(new ByteArrayInputStream(bytes), "x.csv")));
        assertEquals("x.csv, line 2, column 2: invalid UTF-8 (byte 0xE2); " + DataFormatException.UTF8_ADVICE,
                e.getMessage());
    }

    @Test
    void aBadByteFarIntoALargeFileIsLocated() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("line ").append(i).append('\n');
        }
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 3];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = 'x';
        bytes[good.length + 1] = 'y';
        bytes[good.length + 2] = (byte) 0xFF;
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> read(Utf8Input.of(new ByteArrayInputStream(bytes), "big.csv")));
        assertEquals(20_001, e.line());
        assertEquals(3, e.column());
    }

    private static String read(Reader reader) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[100];
        for (int n; (n = reader.read(buffer, 0, buffer.length)) >= 0;) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    @Test
    void invalidUtf8InAJsonFileIsRefusedWithLineAndColumn(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("config.json");
        byte[] text = "{\n  \"name\": \"Dinas Pendidikan\",\n  \"version\": \"Ad\u00e9\"\n}\n".getBytes(WINDOWS_1252);
        Files.write(config, text);
        DataFormatException e = assertThrows(DataFormatException.class, () -> Json.parseFile(config));
        assertEquals("config.json, line 3, column 17: invalid UTF-8 (byte 0xE9); " + DataFormatException.UTF8_ADVICE,
                e.getMessage());
    }

    @Test
    void aJsonFileWithABomIsRead(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("config.json");
        Files.writeString(config, "\uFEFF{\"name\": \"Adé\"}", StandardCharsets.UTF_8);
        assertEquals(java.util.Map.of("name", "Adé"), Json.parseFile(config));
    }

    @Test
    void deepNestingIsRefusedWithoutOverflowingTheStack() {
        String deep = "[".repeat(100_000);
        DataFormatException e = assertThrows(DataFormatException.class, () -> Json.parse(deep, "deep.json"));
        assertEquals("deep.json, line 1, column 65: arrays and objects are nested deeper than 64 levels",
                e.getMessage());
        String objects = "{\"a\":".repeat(100_000);
        assertThrows(DataFormatException.class, () -> Json.parse(objects, "deep.json"));
    }

    @Test
    void nestingUpToTheLimitIsRead() {
        int depth = InputLimits.MAX_JSON_DEPTH;
        Object value = Json.parse("[".repeat(depth) + "]".repeat(depth), "ok.json");
        for (int d = 1; d < depth; d++) {
            value = ((List<?>) value).get(0);
        }
        assertEquals(List.of(), value);
        String manyFlat = "[" + "[],".repeat(10_000) + "[]]";
        assertEquals(10_001, ((List<?>) Json.parse(manyFlat, "ok.json")).size());
    }

    @Test
    void aJsonStringBeyondTheLimitIsRefused() {
        String longString = "[\"" + "x".repeat(InputLimits.MAX_JSON_STRING_CHARS + 1) + "\"]";
        DataFormatException e = assertThrows(DataFormatException.class, () -> Json.parse(longString, "s.json"));
        assertEquals("s.json, line 1, column 2: the string is longer than 1048576 characters", e.getMessage());
        String atLimit = "[\"" + "x".repeat(InputLimits.MAX_JSON_STRING_CHARS) + "\"]";
        assertEquals(InputLimits.MAX_JSON_STRING_CHARS, ((String) ((List<?>) Json.parse(atLimit, "s.json")).get(0)).length());
    }

    @Test
    void numbersBeyondADoubleAreRefused() {
        DataFormatException e = assertThrows(DataFormatException.class, () -> Json.parse("{\"a\": -1e400}", "n.json"));
        assertEquals("n.json, line 1, column 7: number '-1e400' is beyond the range of a double (about ±1.8e308)",
                e.getMessage());
        assertThrows(DataFormatException.class, () -> Json.parse("[NaN]", "n.json"));
        assertThrows(DataFormatException.class, () -> Json.parse("[Infinity]", "n.json"));
        assertEquals(List.of(0.0), Json.parse("[1e-400]", "n.json"), "underflow to zero is a representable value");
    }

    @Test
    void aJsonFileBeyondTheSizeLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(InputLimits.MAX_JSON_BYTES + 1);
        }
        DataFormatException e = assertThrows(DataFormatException.class, () -> Json.parseFile(big));
        assertEquals("big.json: the file has 67108865 bytes; at most 67108864 are accepted", e.getMessage());
    }

    @Test
    void tooManyColumnsAreRefusedAtTheFirstExtraCell() {
        String header = "c" + ",c".repeat(InputLimits.MAX_COLUMNS);
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> CsvReader.of(new StringReader(header + "\n"), "wide.csv"));
        assertEquals("wide.csv, line 1, column 100001: the record has more than 100000 cells", e.getMessage());
    }

    @Test
    void theColumnLimitItselfIsAccepted() throws IOException {
        String header = "c" + ",c".repeat(InputLimits.MAX_COLUMNS - 1);
        assertEquals(InputLimits.MAX_COLUMNS, CsvReader.of(new StringReader(header + "\n"), "wide.csv").header().size());
    }

    @Test
    void aCellBeyondTheLimitIsRefused() throws IOException {
        CsvReader csv = CsvReader.of(new StringReader("id,x\n1,\"" + "y".repeat(InputLimits.MAX_CELL_CHARS + 1)
                + "\"\n"), "cell.csv");
        DataFormatException e = assertThrows(DataFormatException.class, csv::next);
        assertEquals("cell.csv, line 2, column 2: the cell is longer than 1048576 characters", e.getMessage());
    }

    @Test
    void aLineBeyondTheLimitIsRefusedBeforeItIsHeld() throws IOException {
        Reader endless = new Reader() {
            private long served;

            @Override
            public int read(char[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, served == 0 ? 'h' : 'z');
                if (served == 0) {
                    buffer[offset + 1] = '\n';
                }
                served += length;
                return length;
            }

            @Override
            public void close() {
            }
        };
        CsvReader csv = CsvReader.of(endless, "endless.csv");
        DataFormatException e = assertThrows(DataFormatException.class, csv::next);
        assertEquals("endless.csv, line 2: the line is longer than 16777216 characters", e.getMessage());
    }

    @Test
    void aQuotedRecordSpanningLinesIsBoundedToo() throws IOException {
        String cell = "\"" + ("y".repeat(999) + "\n").repeat(1000) + "\"";
        String lines = "id,x\n" + (cell + ",").repeat(InputLimits.MAX_LINE_CHARS / 1_000_000 + 1) + "\n";
        CsvReader csv = CsvReader.of(new StringReader(lines), "q.csv");
        DataFormatException e = assertThrows(DataFormatException.class, csv::next);
        assertEquals("q.csv, line 2, column 17: the record (a quoted cell spans lines) is longer than 16777216"
                + " characters", e.getMessage());
    }
}
