package io.github.cact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cact.internal.text.CsvReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The byte-level parser against a reference: the cell-by-cell reading through {@link CsvReader} that it
 * replaces, on generated files (valid and malformed), with blocks small enough that every file is parsed
 * in several parallel blocks. Same matrix, or the same error message.
 */
class ResponseParserProperties {

    @Property(tries = 1500, seed = "20261129")
    void parsesAsTheCellReaderDoes(@ForAll("files") String text, @ForAll @IntRange(min = 1, max = 48) int block) {
        String expected = reference(text);
        Statistics.collect(expected.startsWith("[") ? "read" : "refused");
        assertEquals(expected, outcome(text, block));
    }

    @Property(tries = 1000, seed = "20261129")
    void parsesFilesWithoutQuotesAsTheCellReaderDoes(@ForAll("files") String text,
            @ForAll @IntRange(min = 1, max = 48) int block) {
        String plain = text.replace("\"", "");
        assertEquals(reference(plain), outcome(plain, block));
    }

    @Property(tries = 500, seed = "20261129")
    void parsesNoiseAsTheCellReaderDoes(@ForAll("noise") String text, @ForAll @IntRange(min = 1, max = 48) int block) {
        assertEquals(reference(text), outcome(text, block));
    }

    @Provide
    Arbitrary<String> files() {
        Arbitrary<String> cell = Arbitraries.of("0", "1", "2", " 1 ", "NA", "na", "", "\"1\"", "\" 1\"", "x", "-1",
                "127", "126", "99999999999", "\u30001", "1\u3000", "\"\"", "2.5", "-", "é");
        Arbitrary<String> id = Arbitraries.of("E1", "E2", "E3", "E4", " E5", "\"E,6\"", "\"E\n7\"", "", "\"  \"",
                "\u3000\"E8\"", "\"E\"\"9\"", "E\u00e910");
        Arbitrary<String> end = Arbitraries.of("\n", "\r\n", "\r", "\n\n", "\r\n\r\n");
        return Arbitraries.integers().between(1, 4).flatMap(items -> {
            Arbitrary<String> row = Arbitraries.integers().between(items - 1, items + 1).flatMap(size ->
                    cell.list().ofSize(size).flatMap(cells -> id.map(i ->
                            i + (size == 0 ? "" : "," + String.join(",", cells)))));
            StringBuilder header = new StringBuilder("id");
            for (int i = 1; i <= items; i++) {
                header.append(",Q").append(i);
            }
            return row.flatMap(r -> end.map(e -> r + e)).list().ofMaxSize(8)
                    .flatMap(rows -> Arbitraries.of("", "\uFEFF", "\n").flatMap(bom -> Arbitraries.of(",", ";", "\t")
                            .map(sep -> (bom + header + "\n" + String.join("", rows)).replace(",", sep))));
        });
    }

    @Property(tries = 1000, seed = "20261129", edgeCases = EdgeCasesMode.NONE)
    void parsesLongRowsOfOneDigitCellsAsTheCellReaderDoes(@ForAll("longRows") String text,
            @ForAll @IntRange(min = 1, max = 64) int block) {
        String expected = reference(text);
        Statistics.collect(expected.startsWith("[") ? "read" : "refused");
        assertEquals(expected, outcome(text, block));
    }

    /** Rows of 5 to 13 items, mostly one-digit cells, where the parser reads four cells at a time. */
    @Provide
    Arbitrary<String> longRows() {
        Arbitrary<String> cell = Arbitraries.frequencyOf(
                Tuple.of(40, Arbitraries.of("0", "1", "2", "3")),
                Tuple.of(1, Arbitraries.of("", "NA", " 1", "1 ", "12", "x", "/", ":", "\"1\"", "é", "9")));
        Arbitrary<String> end = Arbitraries.of("\n", "\r\n", "\r");
        return Arbitraries.integers().between(5, 13).flatMap(items -> {
            Arbitrary<String> row = Arbitraries.integers().between(items - 1, items + 1).flatMap(size ->
                    cell.list().ofSize(size).flatMap(cells -> Arbitraries.of("E1", "E2", "E3", "E44", "E5", "E6", "E7", "E8")
                            .map(i -> i + "," + String.join(",", cells))));
            StringBuilder header = new StringBuilder("id");
            for (int i = 1; i <= items; i++) {
                header.append(",Q").append(i);
            }
            return row.flatMap(r -> end.map(e -> r + e)).list().ofMaxSize(6)
                    .flatMap(rows -> Arbitraries.of(",", ";", "\t")
                            .map(sep -> (header + "\n" + String.join("", rows)).replace(",", sep)));
        });
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.strings().withChars("id,;\t\"\r\n 01aN\u3000").ofMaxLength(40);
    }

    private static String outcome(String text, int block) {
        try {
            return describe(ResponseParser.parse(text.getBytes(StandardCharsets.UTF_8), "r.csv", null, block));
        } catch (DataFormatException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String describe(ResponseMatrix m) {
        StringBuilder out = new StringBuilder(m.itemIds() + " " + m.examineeIds());
        byte[] row = new byte[m.items()];
        for (int e = 0; e < m.examinees(); e++) {
            m.copyRow(e, row, 0);
            out.append(Arrays.toString(row));
        }
        for (int i = 0; i < m.items(); i++) {
            out.append(' ').append(m.maxCategory(i));
        }
        return out.toString();
    }

    /** The reading that the parser replaces: one cell at a time through {@link CsvReader}. */
    private static String reference(String text) {
        try (CsvReader csv = CsvReader.of(new StringReader(text), "r.csv")) {
            return describe(referenceRead(csv));
        } catch (DataFormatException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static ResponseMatrix referenceRead(CsvReader csv) throws IOException {
        List<String> header = csv.header();
        if (header.size() < 2) {
            throw csv.error(-1, "the header has no item columns; expected the examinee id column followed by one"
                    + " column per item");
        }
        List<String> itemIds = header.subList(1, header.size());
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < itemIds.size(); i++) {
            String id = itemIds.get(i);
            if (id.isBlank()) {
                throw csv.error(1 + i, "the item id in the header is empty");
            }
            Integer before = columns.putIfAbsent(id, 1 + i);
            if (before != null) {
                throw csv.error(1 + i, "item id '" + id + "' is repeated; it is also in column " + (before + 1));
            }
        }
        int items = itemIds.size();
        ResponseMatrix.Builder builder = ResponseMatrix.builder(itemIds);
        Map<String, Integer> lines = new HashMap<>();
        int[] row = new int[items];
        while (csv.next()) {
            int size = csv.size();
            if (size < items + 1) {
                throw csv.error(size, "the row has " + size + (size == 1 ? " cell" : " cells") + "; expected "
                        + (items + 1) + ": the examinee id and " + items + " item cells");
            }
            if (size > items + 1) {
                throw csv.error(items + 1, "the row has " + size + " cells; expected " + (items + 1)
                        + ": the examinee id and " + items + " item cells; the first extra cell is '"
                        + csv.get(items + 1) + "'");
            }
            String id = csv.get(0);
            if (id.isBlank()) {
                throw csv.error(0, "the examinee id is empty");
            }
            if (lines.containsKey(id)) {
                throw csv.error(0, "examinee id '" + id + "' is repeated; it first appears on line " + lines.get(id));
            }
            for (int i = 0; i < items; i++) {
                String cell = csv.get(i + 1);
                int value = ResponseCsv.category(cell);
                if (value != ResponseMatrix.MISSING && (value < 0 || value > ResponseMatrix.MAX_CATEGORY)) {
                    throw csv.error(i + 1, ResponseCsv.cellProblem(cell, value, ResponseMatrix.MAX_CATEGORY,
                            itemIds.get(i), "of examinee " + id));
                }
                row[i] = value;
            }
            lines.put(id, csv.line());
            builder.add(id, row);
        }
        if (builder.examinees() == 0) {
            throw csv.error(-1, "the header is not followed by any examinee row");
        }
        return builder.build();
    }
}
