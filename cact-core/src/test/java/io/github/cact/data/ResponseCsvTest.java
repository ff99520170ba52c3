package io.github.cact.data;

import static io.github.cact.data.ResponseMatrix.MISSING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import io.github.cact.reference.References;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class ResponseCsvTest {

    private static final String SOURCE = "resp.csv";

    private static ResponseMatrix read(String text) throws IOException {
        return ResponseCsv.read(new StringReader(text), SOURCE);
    }

    private static String refused(String text) {
        return assertThrows(DataFormatException.class, () -> read(text)).getMessage();
    }

    private static String refused(String text, Map<String, Integer> categories) {
        return assertThrows(DataFormatException.class,
                () -> ResponseCsv.read(new StringReader(text), SOURCE, categories)).getMessage();
    }

    private static final ResponseMatrix EXPECTED = ResponseMatrix.of(List.of("E1", "E2"), List.of("Q1", "Q2", "Q3"),
            new int[][] {{0, 1, MISSING}, {2, MISSING, 1}});

    // ---- well-formed input

    @Test
    void readsCellsAndBothKindsOfMissing() throws IOException {
        assertEquals(EXPECTED, read("examinee,Q1,Q2,Q3\nE1,0,1,\nE2,2,NA,1\n"));
        assertEquals(EXPECTED, read("id,Q1,Q2,Q3\nE1, 0 ,1,na\n\nE2,2,Na,\"1\"\n"));
    }

    @Test
    void readsSemicolonSeparatedCrlfFilesWithAByteOrderMark(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("excel.csv");
        Files.write(file, "\uFEFFNIP;Q1;Q2;Q3\r\nE1;0;1;\r\nE2;2;NA;1\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(EXPECTED, ResponseCsv.read(file));
    }

    @Test
    void readsSemicolonSeparatedText() throws IOException {
        assertEquals(EXPECTED, read("id;Q1;Q2;Q3\nE1;0;1;\nE2;2;;1\n"));
    }

    @Test
    void readsTabSeparatedText() throws IOException {
        assertEquals(EXPECTED, read("id\tQ1\tQ2\tQ3\nE1\t0\t1\t\nE2\t2\tNA\t1\n"));
    }

    @Test
    void readsCrlfLineEnds() throws IOException {
        assertEquals(EXPECTED, read("id,Q1,Q2,Q3\r\nE1,0,1,\r\nE2,2,,1\r\n"));
    }

    @Test
    void readsAByteOrderMark() throws IOException {
        assertEquals(EXPECTED, read("\uFEFFid,Q1,Q2,Q3\nE1,0,1,\nE2,2,,1"));
    }

    @Test
    void declaredCategoriesAcceptTheirRange() throws IOException {
        Map<String, Integer> categories = Map.of("Q1", 3, "Q2", 2, "Q3", 2, "Q99", 5);
        assertEquals(EXPECTED, ResponseCsv.read(new StringReader("id,Q1,Q2,Q3\nE1,0,1,\nE2,2,,1\n"), SOURCE,
                categories));
    }

    // ---- malformed input: one test per case, each naming file, line, column and value

    @Test
    void anEmptyFileIsRefused() {
        assertEquals("resp.csv: the file is empty; expected a header row", refused(""));
        assertEquals("resp.csv: the file is empty; expected a header row", refused("\uFEFF\r\n\r\n"));
    }

    @Test
    void aHeaderOnlyIsRefused() {
        assertEquals("resp.csv, line 1: the header is not followed by any examinee row", refused("id,Q1,Q2\n\n"));
    }

    @Test
    void aHeaderWithoutItemColumnsIsRefused() {
        assertEquals("resp.csv, line 1: the header has no item columns; expected the examinee id column followed"
                + " by one column per item", refused("id\nE1\n"));
    }

    @Test
    void anEmptyItemIdIsRefused() {
        assertEquals("resp.csv, line 1, column 3: the item id in the header is empty", refused("id,Q1,,Q3\nE1,0,0,0\n"));
        assertEquals("resp.csv, line 1, column 2: the item id in the header is empty", refused("id;\" \";Q2\nE1;0;0\n"));
    }

    @Test
    void aDuplicateItemIdIsRefusedNamingBothColumns() {
        assertEquals("resp.csv, line 1, column 4: item id 'Q1' is repeated; it is also in column 2",
                refused("id,Q1,Q2,Q1\nE1,0,0,0\n"));
    }

    @Test
    void aRowWithTooFewCellsIsRefused() {
        assertEquals("resp.csv, line 3, column 3: the row has 2 cells; expected 4: the examinee id and 3 item cells",
                refused("id,Q1,Q2,Q3\nE1,0,1,1\nE2,1\n"));
        assertEquals("resp.csv, line 2, column 2: the row has 1 cell; expected 4: the examinee id and 3 item cells",
                refused("id,Q1,Q2,Q3\nE1\n"));
    }

    @Test
    void aRowWithTooManyCellsIsRefused() {
        assertEquals("resp.csv, line 2, column 5: the row has 5 cells; expected 4: the examinee id and 3 item cells;"
                + " the first extra cell is '7'", refused("id,Q1,Q2,Q3\nE1,0,1,1,7\n"));
        assertEquals("resp.csv, line 2, column 5: the row has 5 cells; expected 4: the examinee id and 3 item cells;"
                + " the first extra cell is ''", refused("id;Q1;Q2;Q3\nE1;0;1;1;\n"));
    }

    @Test
    void anEmptyExamineeIdIsRefused() {
        assertEquals("resp.csv, line 3, column 1: the examinee id is empty", refused("id,Q1\nE1,0\n,1\n"));
        assertEquals("resp.csv, line 2, column 1: the examinee id is empty", refused("id,Q1\n\"  \",1\n"));
    }

    @Test
    void aDuplicateExamineeIdIsRefusedNamingTheFirstLine() {
        assertEquals("resp.csv, line 5, column 1: examinee id 'E1' is repeated; it first appears on line 2",
                refused("id,Q1\nE1,0\n\nE2,1\nE1,1\n"));
    }

    @Test
    void aNonIntegerCellIsRefused() {
        assertEquals("resp.csv, line 7, column 3: value '2.5' for item Q2 of examinee E005 is not an integer category;"
                + " expected 0..126, or empty/NA for missing",
                refused("id,Q1,Q2\n\nE001,0,0\nE002,0,0\nE003,0,0\nE004,0,0\nE005,1,2.5\n"));
        for (String bad : new String[] {"x", "1.0", "+1", "1e2", "N/A", "-", "٣"}) {
            String message = refused("id,Q1\nE1," + bad + "\n");
            assertTrue(message.startsWith("resp.csv, line 2, column 2: value '" + bad
                    + "' for item Q1 of examinee E1 is not an integer category"), message);
        }
    }

    @Test
    void aNonIntegerCellNamesTheDeclaredRange() {
        assertEquals("resp.csv, line 2, column 2: value 'yes' for item Q1 of examinee E1 is not an integer category;"
                + " expected 0..1, or empty/NA for missing", refused("id,Q1\nE1,yes\n", Map.of("Q1", 2)));
    }

    @Test
    void aNegativeCellIsRefused() {
        assertEquals("resp.csv, line 2, column 3: value '-1' for item Q2 of examinee E1 is negative;"
                + " expected 0..126, or empty/NA for missing", refused("id,Q1,Q2\nE1,0,-1\n"));
    }

    @Test
    void aCategoryAboveTheDeclaredMaximumIsRefused() {
        assertEquals("resp.csv, line 3, column 4: value '5' for item Q3 of examinee E2: category 5 is above the"
                + " declared maximum 4 of item Q3 (5 categories)",
                refused("id,Q1,Q2,Q3\nE1,0,1,4\nE2,0,1,5\n", Map.of("Q1", 2, "Q2", 2, "Q3", 5)));
        assertTrue(refused("id,Q1\nE1,99999999999\n", Map.of("Q1", 2))
                .endsWith("category 99999999999 is above the declared maximum 1 of item Q1 (2 categories)"));
        // in a long row the cells are read four at a time: the first one above its maximum is still named
        Map<String, Integer> twoEach = new java.util.HashMap<>();
        for (int i = 1; i <= 9; i++) {
            twoEach.put("Q" + i, 2);
        }
        assertEquals("resp.csv, line 3, column 8: value '2' for item Q7 of examinee E2: category 2 is above the"
                + " declared maximum 1 of item Q7 (2 categories)",
                refused("id,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9\nE1,0,1,1,0,1,0,1,1,0\nE2,1,0,1,1,0,1,2,3,0\n", twoEach));
    }

    @Test
    void aValueTooLargeForStorageIsRefused() throws IOException {
        assertEquals("resp.csv, line 2, column 2: value '127' for item Q1 of examinee E1 is above 126, the largest"
                + " category that can be stored", refused("id,Q1\nE1,127\n"));
        assertTrue(refused("id,Q1\nE1,99999999999\n").contains("value '99999999999' for item Q1 of examinee E1 is"
                + " above 126"));
        assertEquals(126, ResponseCsv.read(new StringReader("id,Q1\nE1,126\n"), SOURCE).response(0, 0));
    }

    @Test
    void anItemWithoutDeclaredCategoriesIsRefused() {
        assertEquals("resp.csv, line 1, column 3: item 'Q2' has no declared number of categories",
                refused("id,Q1,Q2\nE1,0,0\n", Map.of("Q1", 2)));
    }

    @Test
    void aDeclaredNumberOfCategoriesOutOfRangeIsRefused() {
        for (int k : new int[] {0, 128}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ResponseCsv.read(new StringReader("id,Q1\nE1,0\n"), SOURCE, Map.of("Q1", k)));
            assertEquals("item 'Q1' is declared with " + k + " categories; expected 1..127", e.getMessage());
        }
    }

    @Test
    void anUnclosedQuoteIsRefused() {
        assertEquals("resp.csv, line 2, column 1: a quoted cell is not closed before the end of the file",
                refused("id,Q1\n\"E1,0\n"));
    }

    @Test
    void pathErrorsNameTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "id;Q1\nE1;x\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> ResponseCsv.read(file));
        assertEquals("bad.csv", e.source());
        assertEquals(2, e.line());
        assertEquals(2, e.column());
        assertThrows(DataFormatException.class, () -> ResponseCsv.read(file, Map.of("Q1", 2)));
    }

    // ---- writing

    @Test
    void writeUsesCommasAndEmptyCellsAndQuotesWhereNeeded() throws IOException {
        ResponseMatrix m = ResponseMatrix.of(List.of("E1", "Doe, J.", " pad", "say \"x\""), List.of("Q1", "Q;2"),
                new int[][] {{0, MISSING}, {1, 2}, {MISSING, MISSING}, {126, 0}});
        StringWriter out = new StringWriter();
        ResponseCsv.write(m, out);
        assertEquals("id,Q1,\"Q;2\"\nE1,0,\n\"Doe, J.\",1,2\n\" pad\",,\n\"say \"\"x\"\"\",126,0\n", out.toString());
        assertEquals(m, read(out.toString()));
    }

    @Test
    void writeAndReadRoundTripThroughAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.csv");
        ResponseCsv.write(EXPECTED, file);
        assertEquals(EXPECTED, ResponseCsv.read(file));
    }

    // ---- pattern files

    @ParameterizedTest
    @ValueSource(strings = {"lsat6-patterns.csv", "lsat7-patterns.csv"})
    void lsatPatternsExpandToTheirCounts(String name) throws IOException {
        // lsat6 has patterns that nobody gave (count 0): they add no examinee
        Path file = References.FOLDER.resolve(name);
        ResponseMatrix m = ResponseCsv.readPatterns(file);
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",");
        int items = header.length - 1;
        assertEquals(List.of(header).subList(0, items), m.itemIds());
        long[] weighted = new long[items];
        int total = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            int count = Integer.parseInt(cells[items]);
            total += count;
            for (int i = 0; i < items; i++) {
                weighted[i] += (long) count * Integer.parseInt(cells[i]);
            }
        }
        assertEquals(total, m.examinees());
        for (int i = 0; i < items; i++) {
            long sum = 0;
            for (int e = 0; e < m.examinees(); e++) {
                sum += m.response(e, i);
            }
            assertEquals(weighted[i], sum, header[i]);
        }
        assertEquals(1000, m.examinees());
        int firstCount = Integer.parseInt(lines.get(1).split(",")[items]);
        assertEquals("2.1", m.examineeId(0));
        assertEquals("2." + firstCount, m.examineeId(firstCount - 1));
    }

    @Test
    void patternsAllowMissingCellsAndGenerateIdsFromLines() throws IOException {
        ResponseMatrix m = ResponseCsv.readPatterns(new StringReader("a;b;COUNT\n1;NA;2\n\n0;1;1\n"), "p.csv");
        assertEquals(ResponseMatrix.of(List.of("2.1", "2.2", "4.1"), List.of("a", "b"),
                new int[][] {{1, MISSING}, {1, MISSING}, {0, 1}}), m);
    }

    @Test
    void aCountThatIsNotAPositiveIntegerIsRefused() {
        for (String count : new String[] {"-3", "1.5", "x", "", "2147483648"}) {
            DataFormatException e = assertThrows(DataFormatException.class, () -> ResponseCsv.readPatterns(
                    new StringReader("a,b,count\n1,0,4\n1,1," + count + "\n"), "p.csv"));
            assertEquals("p.csv, line 3, column 3: count '" + count + "' is not a whole number 0..2147483647",
                    e.getMessage());
        }
    }

    @Test
    void aCountThatOverflowsTheMatrixIsRefused() {
        DataFormatException e = assertThrows(DataFormatException.class, () -> ResponseCsv.readPatterns(
                new StringReader("a,b,count\n1,0,2147483647\n"), "p.csv"));
        assertEquals("p.csv, line 2, column 3: count '2147483647' makes 2147483647 examinees; a matrix of 2 items"
                + " holds at most 1073741819", e.getMessage());
    }

    @Test
    void badPatternFilesAreRefused() {
        assertEquals("p.csv, line 1, column 3: the last header cell is 'n'; expected 'count' after the item columns",
                patternsRefused("a,b,n\n1,0,1\n"));
        assertEquals("p.csv, line 1: the header has no item columns; expected one column per item, then 'count'",
                patternsRefused("count\n3\n"));
        assertEquals("p.csv, line 1: the header is not followed by any pattern row", patternsRefused("a,b,count\n"));
        assertEquals("p.csv, line 1, column 2: item id 'a' is repeated; it is also in column 1",
                patternsRefused("a,a,count\n1,0,1\n"));
        assertEquals("p.csv, line 2, column 3: the row has 2 cells; expected 3: 2 item cells and the count",
                patternsRefused("a,b,count\n1,4\n"));
        assertEquals("p.csv, line 2, column 2: value '2.0' for item b of the pattern on line 2 is not an integer"
                + " category; expected 0..126, or empty/NA for missing", patternsRefused("a,b,count\n1,2.0,4\n"));
    }

    private static String patternsRefused(String text) {
        return assertThrows(DataFormatException.class,
                () -> ResponseCsv.readPatterns(new StringReader(text), "p.csv")).getMessage();
    }

    @Test
    void nullsAreRefused() {
        new NullPointerTester()
                .setDefault(Path.class, Path.of("does-not-exist.csv"))
                .setDefault(java.io.Reader.class, new StringReader("id,Q1\nE1,0\n"))
                .setDefault(java.io.Writer.class, new StringWriter())
                .setDefault(ResponseMatrix.class, EXPECTED)
                .setDefault(Map.class, Map.of("Q1", 2))
                .testAllPublicStaticMethods(ResponseCsv.class);
    }
}
