package io.github.cact.internal.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stored references hold exactly the points of their grids, and a spread sample of them is recomputed
 * here (the cheap ones: the series needs z²·0.43 extra digits, so the far tail is left to the generator).
 */
class ReferenceTablesTest {

    private static List<Double> column(List<ReferenceTables.Row> rows, String region) {
        List<Double> points = new ArrayList<>();
        for (ReferenceTables.Row row : rows) {
            if (row.region().equals(region)) {
                points.add(row.x());
            }
        }
        return points;
    }

    @Test
    void normalTableCoversItsGridsAndMatchesTheSeries() {
        List<ReferenceTables.Row> rows = ReferenceTables.load(ReferenceTables.NORMAL);
        assertEquals(ReferenceTables.bodyGrid(), column(rows, "body"));
        assertEquals(ReferenceTables.lowerTailGrid(), column(rows, "lower-tail"));
        for (int r = 0; r < rows.size(); r += 7) {
            ReferenceTables.Row row = rows.get(r);
            if (Math.abs(row.x()) <= 12) {
                assertEquals(0, HighPrecision.normalCdf(new BigDecimal(row.x())).compareTo(row.value()), "z = " + row.x());
            }
        }
    }

    @Test
    void chiSquareTableCoversItsGridsAndMatchesTheClosedForms() {
        List<ReferenceTables.Row> rows = ReferenceTables.load(ReferenceTables.CHI_SQUARE);
        List<Double> expected = new ArrayList<>();
        List<Double> actual = new ArrayList<>();
        for (int df : ReferenceTables.DFS) {
            expected.addAll(ReferenceTables.chiSquareGrid(df));
        }
        for (ReferenceTables.Row row : rows) {
            actual.add(row.x());
        }
        assertEquals(expected, actual);
        for (int r = 0; r < rows.size(); r += 7) {
            ReferenceTables.Row row = rows.get(r);
            if (row.df() % 2 == 0 || row.x() <= 100) {
                assertEquals(0, HighPrecision.chiSquareUpperTailExact(row.x(), row.df()).compareTo(row.value()),
                        "df = " + row.df() + ", x = " + row.x());
            }
        }
    }
}
