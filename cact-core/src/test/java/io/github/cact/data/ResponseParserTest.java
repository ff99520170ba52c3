package io.github.cact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseParserTest {

    private static final String CONVERT = "; the file must be UTF-8: in Excel save as 'CSV UTF-8', or convert"
            + " with iconv -f WINDOWS-1252 -t UTF-8";

    @Test
    void invalidUtf8IsRefusedWithItsPlace(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cp1252.csv");
        Files.write(file, new byte[] {'i', 'd', ',', 'Q', '1', '\n', 'E', '1', ',', '0', '\n', 'R', 'e', 'n',
            (byte) 0xE9, ',', '1', '\n'});
        DataFormatException e = assertThrows(DataFormatException.class, () -> ResponseCsv.read(file));
        assertEquals("cp1252.csv, line 3, column 4: invalid UTF-8 (byte 0xE9)" + CONVERT, e.getMessage());

        Files.write(file, new byte[] {'i', 'd', ',', 'Q', (byte) 0xFF, '\n', 'E', '1', ',', '0', '\n'});
        e = assertThrows(DataFormatException.class, () -> ResponseCsv.read(file));
        assertEquals("cp1252.csv, line 1, column 5: invalid UTF-8 (byte 0xFF)" + CONVERT, e.getMessage());

        Files.write(file, new byte[] {'i', 'd', ',', 'Q', '\n', '"', 'E', '\r', '\n', '1', (byte) 0xE9, '"', ',', '0'});
        e = assertThrows(DataFormatException.class, () -> ResponseCsv.read(file));
        assertEquals("cp1252.csv, line 3, column 2: invalid UTF-8 (byte 0xE9)" + CONVERT, e.getMessage());

        Files.write(file, new byte[] {'i', 'd', ',', 'Q', '\n', 'E', '1', ',', '1', (byte) 0xC3, '\n'});
        e = assertThrows(DataFormatException.class, () -> ResponseCsv.read(file));
        assertEquals("cp1252.csv, line 2, column 5: invalid UTF-8 (byte 0xC3)" + CONVERT, e.getMessage());
    }

    @Test
    void aLargeFileReadInBlocksEqualsTheMatrixWritten(@TempDir Path dir) throws IOException {
        Random random = new Random(7);
        int items = 40;
        List<String> itemIds = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            itemIds.add("Q" + i);
        }
        int examinees = 3 * ResponseParser.BLOCK_BYTES / (2 * items) + 17;
        ResponseMatrix.Builder builder = ResponseMatrix.builder(itemIds);
        int[] row = new int[items];
        for (int e = 0; e < examinees; e++) {
            for (int i = 0; i < items; i++) {
                row[i] = random.nextInt(10) == 0 ? ResponseMatrix.MISSING : random.nextInt(4);
            }
            builder.add("examinee " + e, row);
        }
        ResponseMatrix written = builder.build();
        Path file = dir.resolve("big.csv");
        ResponseCsv.write(written, file);
        ResponseMatrix read = ResponseCsv.read(file);
        assertEquals(written, read);
        for (int region : new int[] {1000, 4096, 65537}) {
            assertEquals(written, ResponseParser.parseMapped(file, region, 50_000), "mapped in regions of " + region);
        }
        for (int i = 0; i < items; i++) {
            assertEquals(3, read.maxCategory(i));
        }
        StringWriter text = new StringWriter();
        ResponseCsv.write(written, text);
        assertEquals(text.toString(), Files.readString(file));
        ResponseMatrix quoted = ResponseMatrix.of(List.of("Doe, J.", " pad", "say \"x\"", "Réné"), List.of("Q1", "Q;2"),
                new int[][] {{0, ResponseMatrix.MISSING}, {100, 99}, {ResponseMatrix.MISSING, 10}, {126, 9}});
        ResponseCsv.write(quoted, file);
        assertEquals(quoted, ResponseParser.parseMapped(file, 7, 16), "quotes across regions of 7 bytes");
        text = new StringWriter();
        ResponseCsv.write(quoted, text);
        assertEquals(text.toString(), Files.readString(file));
        assertEquals(quoted, ResponseCsv.read(file));
    }

    @Test
    void theFirstErrorInFileOrderIsReportedWhateverTheBlocks() throws IOException {
        StringBuilder text = new StringBuilder("id,Q1\n");
        for (int e = 1; e <= 200; e++) {
            text.append('E').append(e).append(',').append(e == 120 || e == 190 ? "x" : "1").append('\n');
        }
        text.append("E5,1\n");
        for (int block = 1; block <= 4096; block *= 4) {
            int size = block;
            DataFormatException e = assertThrows(DataFormatException.class, () -> ResponseParser.parse(
                    text.toString().getBytes(StandardCharsets.UTF_8), "r.csv", null, size));
            assertEquals(121, e.line());
        }
        String duplicateFirst = text.toString().replace("E100,1", "E7,1");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> ResponseCsv.read(new StringReader(duplicateFirst), "r.csv"));
        assertEquals("r.csv, line 101, column 1: examinee id 'E7' is repeated; it first appears on line 8",
                e.getMessage());
    }

    @Test
    void rowsOfOneDigitAndEmptyCellsWithExtraCellsAreRefusedWhateverTheBlocks() throws IOException {
        StringBuilder text = new StringBuilder("id");
        for (int i = 1; i <= 20; i++) {
            text.append(",Q").append(i);
        }
        text.append('\n');
        for (int e = 1; e <= 50; e++) {
            text.append(String.format("E%03d", e));
            int cells = e == 31 ? 23 : 20;
            for (int i = 0; i < cells; i++) {
                text.append(',').append((e + i) % 3 == 0 ? "" : String.valueOf((e * i) % 2));
            }
            text.append('\n');
        }
        for (int block = 16; block <= 4096; block *= 4) {
            int size = block;
            DataFormatException e = assertThrows(DataFormatException.class, () -> ResponseParser.parse(
                    text.toString().getBytes(StandardCharsets.UTF_8), "r.csv", null, size));
            assertEquals("r.csv, line 32, column 22: the row has 24 cells; expected 21: the examinee id and 20"
                    + " item cells; the first extra cell is ''", e.getMessage());
        }
    }

    @Test
    void aRepeatAmongRisingIdsIsFoundWhateverTheBlocks() throws IOException {
        StringBuilder text = new StringBuilder("id,Q1,Q2\n");
        for (int e = 1; e <= 300; e++) {
            text.append(String.format("E%04d", e)).append(",1,0\n");
            if (e == 200) {
                text.append("E0200,0,1\n");
            }
        }
        for (int block = 16; block <= 8192; block *= 8) {
            int size = block;
            DataFormatException e = assertThrows(DataFormatException.class, () -> ResponseParser.parse(
                    text.toString().getBytes(StandardCharsets.UTF_8), "r.csv", null, size));
            assertEquals("r.csv, line 202, column 1: examinee id 'E0200' is repeated; it first appears on line 201",
                    e.getMessage());
        }
    }
}
