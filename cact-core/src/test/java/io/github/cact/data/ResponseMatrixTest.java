package io.github.cact.data;

import static io.github.cact.data.ResponseMatrix.MISSING;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ResponseMatrixTest {

    private static final List<String> ITEMS = List.of("Q1", "Q2", "Q3");

    private static ResponseMatrix sample() {
        return ResponseMatrix.of(List.of("E1", "E2", "E3"), ITEMS, new int[][] {
            {0, 1, MISSING},
            {2, MISSING, MISSING},
            {1, 0, MISSING},
        });
    }

    private static IllegalArgumentException refused(List<String> examinees, List<String> items, int[][] cells) {
        return assertThrows(IllegalArgumentException.class, () -> ResponseMatrix.of(examinees, items, cells));
    }

    @Test
    void aBuilderOfTheSameItemsBuildsWhatABuilderOfTheirIdsBuilds() {
        ResponseMatrix template = ResponseMatrix.builder(List.of("i1", "i2", "i3")).build();
        ResponseMatrix shared = template.builderOfSameItems().add("p1", 1, MISSING, 0).add("p2", 0, 2, 1).build();
        ResponseMatrix own = ResponseMatrix.builder(List.of("i1", "i2", "i3")).add("p1", 1, MISSING, 0)
                .add("p2", 0, 2, 1).build();
        assertEquals(own, shared);
        assertEquals(2, shared.itemIndex("i3"));
        assertEquals(0, template.examinees());
        assertThrows(IllegalArgumentException.class, () -> template.builderOfSameItems().add("p", 1, 0));
    }

    @Test
    void cellsIdsAndSizesAreKept() {
        ResponseMatrix m = sample();
        assertEquals(3, m.examinees());
        assertEquals(3, m.items());
        assertEquals("E2", m.examineeId(1));
        assertEquals(List.of("E1", "E2", "E3"), m.examineeIds());
        assertEquals("Q3", m.itemId(2));
        assertEquals(ITEMS, m.itemIds());
        assertEquals(2, m.response(1, 0));
        assertEquals(MISSING, m.response(1, 1));
        assertTrue(m.isMissing(0, 2));
        assertFalse(m.isMissing(0, 1));
    }

    @Test
    void itemIndexIsMinusOneForAnUnknownItem() {
        ResponseMatrix m = sample();
        assertEquals(1, m.itemIndex("Q2"));
        assertEquals(-1, m.itemIndex("Q4"));
        assertEquals(-1, m.itemIndex("q2"));
    }

    @Test
    void maxCategoryIsTheLargestObservedOrMinusOne() {
        ResponseMatrix m = sample();
        assertEquals(2, m.maxCategory(0));
        assertEquals(1, m.maxCategory(1));
        assertEquals(-1, m.maxCategory(2));
        assertEquals(ResponseMatrix.MAX_CATEGORY,
                ResponseMatrix.of(List.of("E"), List.of("Q"), new int[][] {{126}}).maxCategory(0));
    }

    @Test
    void sumScoreIgnoresMissingCells() {
        ResponseMatrix m = sample();
        assertEquals(1, m.sumScore(0));
        assertEquals(2, m.sumScore(1));
        assertEquals(0, ResponseMatrix.of(List.of("E"), ITEMS, new int[][] {{MISSING, MISSING, 0}}).sumScore(0));
    }

    @Test
    void copyRowWritesOnlyItsRange() {
        byte[] dest = {9, 9, 9, 9, 9};
        sample().copyRow(1, dest, 1);
        assertArrayEquals(new byte[] {9, 2, MISSING, MISSING, 9}, dest);
        assertThrows(IndexOutOfBoundsException.class, () -> sample().copyRow(0, dest, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> sample().copyRow(3, dest, 0));
    }

    @Test
    void indicesAreChecked() {
        ResponseMatrix m = sample();
        assertThrows(IndexOutOfBoundsException.class, () -> m.response(3, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> m.response(0, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> m.response(-1, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> m.maxCategory(3));
        assertThrows(IndexOutOfBoundsException.class, () -> m.sumScore(3));
        assertThrows(IndexOutOfBoundsException.class, () -> m.rows(2, 4));
        assertThrows(IndexOutOfBoundsException.class, () -> m.rows(2, 1));
    }

    @Test
    void selectItemsKeepsTheGivenOrder() {
        ResponseMatrix picked = sample().selectItems(List.of("Q3", "Q1"));
        assertEquals(ResponseMatrix.of(List.of("E1", "E2", "E3"), List.of("Q3", "Q1"), new int[][] {
            {MISSING, 0}, {MISSING, 2}, {MISSING, 1},
        }), picked);
        assertEquals(-1, picked.maxCategory(0));
        assertEquals(2, picked.maxCategory(1));
        assertEquals(0, picked.itemIndex("Q3"));
    }

    @Test
    void selectItemsRefusesUnknownRepeatedOrNoItems() {
        ResponseMatrix m = sample();
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> m.selectItems(List.of("Q1", "Q9")));
        assertTrue(unknown.getMessage().contains("'Q9'"), unknown.getMessage());
        IllegalArgumentException repeated = assertThrows(IllegalArgumentException.class,
                () -> m.selectItems(List.of("Q2", "Q1", "Q2")));
        assertTrue(repeated.getMessage().contains("'Q2' is repeated: items 1 and 3"), repeated.getMessage());
        assertThrows(IllegalArgumentException.class, () -> m.selectItems(List.of()));
    }

    @Test
    void rowsIsAChunkWithItsOwnMaxCategory() {
        ResponseMatrix chunk = sample().rows(1, 3);
        assertEquals(ResponseMatrix.of(List.of("E2", "E3"), ITEMS, new int[][] {
            {2, MISSING, MISSING}, {1, 0, MISSING},
        }), chunk);
        assertEquals(0, chunk.maxCategory(1));
        ResponseMatrix empty = sample().rows(2, 2);
        assertEquals(0, empty.examinees());
        assertEquals(-1, empty.maxCategory(0));
    }

    @Test
    void builderAndOfAgreeAndBuiltMatricesAreIndependent() {
        ResponseMatrix.Builder builder = ResponseMatrix.builder(ITEMS)
                .add("E1", 0, 1, MISSING)
                .add("E2", 2, MISSING, MISSING);
        int[] row = {1, 0, MISSING};
        builder.add("E3", row);
        row[0] = 0;
        assertEquals(3, builder.examinees());
        ResponseMatrix first = builder.build();
        assertEquals(sample(), first);
        builder.add("E4", 1, 1, 1);
        assertEquals(sample(), first);
        assertEquals(4, builder.build().examinees());
    }

    @Test
    void ofCopiesItsInput() {
        int[][] cells = {{1, 0, 0}};
        ResponseMatrix m = ResponseMatrix.of(List.of("E"), ITEMS, cells);
        cells[0][0] = 0;
        assertEquals(1, m.response(0, 0));
    }

    @Test
    void aValueOutOfRangeIsRefusedNamingExamineeItemAndValue() {
        IllegalArgumentException big = refused(List.of("E1", "E2"), ITEMS, new int[][] {{0, 0, 0}, {0, 127, 0}});
        assertEquals("examinee 'E2', item 'Q2': value 127 is not a category 0..126 or MISSING (-1)", big.getMessage());
        IllegalArgumentException negative = refused(List.of("E1"), ITEMS, new int[][] {{0, 0, -2}});
        assertTrue(negative.getMessage().contains("'E1', item 'Q3': value -2"), negative.getMessage());
    }

    @Test
    void badShapesAreRefused() {
        IllegalArgumentException rows = refused(List.of("E1", "E2"), ITEMS, new int[][] {{0, 0, 0}});
        assertTrue(rows.getMessage().contains("2 examinee ids but 1 rows"), rows.getMessage());
        IllegalArgumentException row = refused(List.of("E1"), ITEMS, new int[][] {{0, 0}});
        assertEquals("examinee 'E1' has 2 responses; expected 3, one per item", row.getMessage());
        IllegalArgumentException noItems = refused(List.of(), List.of(), new int[0][]);
        assertTrue(noItems.getMessage().contains("at least one item"), noItems.getMessage());
    }

    @Test
    void badIdsAreRefused() {
        IllegalArgumentException repeatedExaminee = refused(List.of("E1", "E2", "E1"), ITEMS,
                new int[][] {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}});
        assertEquals("examinee id 'E1' is repeated: examinees 1 and 3", repeatedExaminee.getMessage());
        IllegalArgumentException blankExaminee = refused(List.of("E1", " "), ITEMS, new int[][] {{0, 0, 0}, {0, 0, 0}});
        assertEquals("the id of examinee 2 is blank", blankExaminee.getMessage());
        IllegalArgumentException repeatedItem = refused(List.of(), List.of("Q1", "Q2", "Q1"), new int[0][]);
        assertEquals("item id 'Q1' is repeated: items 1 and 3", repeatedItem.getMessage());
        IllegalArgumentException blankItem = refused(List.of(), List.of("Q1", ""), new int[0][]);
        assertEquals("item id 2 is blank", blankItem.getMessage());
    }

    @Test
    void ofRowMajorCellsEqualsOfRowsAndCopiesItsInput() {
        byte[] cells = {0, 1, MISSING, 2, MISSING, MISSING, 1, 0, MISSING};
        ResponseMatrix m = ResponseMatrix.of(List.of("E1", "E2", "E3"), ITEMS, cells);
        cells[0] = 1;
        assertEquals(sample(), m);
        assertEquals(2, m.maxCategory(0));
        assertEquals(MISSING, m.maxCategory(2));
    }

    @Test
    void ofRowMajorCellsRefusesWhatOfRowsRefuses() {
        List<String> three = List.of("E1", "E2", "E1");
        IllegalArgumentException repeated = assertThrows(IllegalArgumentException.class,
                () -> ResponseMatrix.of(three, ITEMS, new byte[9]));
        assertEquals("examinee id 'E1' is repeated: examinees 1 and 3", repeated.getMessage());
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> ResponseMatrix.of(List.of("E1", " "), ITEMS, new byte[6]));
        assertEquals("the id of examinee 2 is blank", blank.getMessage());
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> ResponseMatrix.of(List.of("E1", "E2"), ITEMS, new byte[5]));
        assertEquals("5 cells are not 2 examinees × 3 items", length.getMessage());
        IllegalArgumentException big = assertThrows(IllegalArgumentException.class,
                () -> ResponseMatrix.of(List.of("E1", "E2"), ITEMS, new byte[] {0, 0, 0, 0, 127, 0}));
        assertEquals("examinee 'E2', item 'Q2': value 127 is not a category 0..126 or MISSING (-1)", big.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> ResponseMatrix.of(List.of("E1"), ITEMS, new byte[] {0, 0, -2}));
        assertTrue(negative.getMessage().contains("'E1', item 'Q3': value -2"), negative.getMessage());
        IllegalArgumentException noItems = assertThrows(IllegalArgumentException.class,
                () -> ResponseMatrix.of(List.of(), List.of(), new byte[0]));
        assertTrue(noItems.getMessage().contains("at least one item"), noItems.getMessage());
    }

    @Test
    void equalityIsByContent() {
        new EqualsTester()
                .addEqualityGroup(sample(), sample(), sample().rows(0, 3), sample().selectItems(ITEMS))
                .addEqualityGroup(sample().rows(0, 2))
                .addEqualityGroup(ResponseMatrix.of(List.of("E1", "E2", "X3"), ITEMS, new int[][] {
                    {0, 1, MISSING}, {2, MISSING, MISSING}, {1, 0, MISSING}}))
                .addEqualityGroup(ResponseMatrix.of(List.of("E1", "E2", "E3"), ITEMS, new int[][] {
                    {0, 1, MISSING}, {2, MISSING, MISSING}, {1, 0, 0}}))
                .addEqualityGroup(ResponseMatrix.of(List.of("E1", "E2", "E3"), List.of("Q1", "Q2", "X3"),
                    new int[][] {{0, 1, MISSING}, {2, MISSING, MISSING}, {1, 0, MISSING}}))
                .testEquals();
    }

    @Test
    void toStringShowsSizesOnly() {
        String text = sample().toString();
        assertEquals("ResponseMatrix[3 examinees × 3 items]", text);
        assertFalse(text.contains("E1") || text.contains("Q1"), text);
    }

    @Test
    void nullsAreRefused() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(List.class, ITEMS)
                .setDefault(int[][].class, new int[0][]);
        tester.testAllPublicStaticMethods(ResponseMatrix.class);
        tester.testAllPublicInstanceMethods(sample());
        tester.testAllPublicInstanceMethods(ResponseMatrix.builder(ITEMS));
    }

    @Test
    void aModeratelyLargeMatrixBuildsQuickly() {
        int examinees = 20_000;
        int items = 100;
        List<String> itemIds = java.util.stream.IntStream.range(0, items).mapToObj(i -> "Q" + i).toList();
        ResponseMatrix m = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            SplittableRandom random = new SplittableRandom(7);
            ResponseMatrix.Builder builder = ResponseMatrix.builder(itemIds);
            int[] row = new int[items];
            for (int e = 0; e < examinees; e++) {
                for (int i = 0; i < items; i++) {
                    row[i] = random.nextInt(6) - 1;
                }
                builder.add("E" + e, row);
            }
            return builder.build();
        });
        assertEquals(examinees, m.examinees());
        SplittableRandom again = new SplittableRandom(7);
        long expected = 0;
        long actual = 0;
        for (int e = 0; e < examinees; e++) {
            for (int i = 0; i < items; i++) {
                expected += Math.max(0, again.nextInt(6) - 1);
            }
            actual += m.sumScore(e);
        }
        assertEquals(expected, actual);
        assertEquals(4, m.maxCategory(99));
        assertNotEquals(m, m.rows(0, examinees - 1));
    }
}
