package io.github.cact.ctt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cact.data.ResponseMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The one-pass statistics of {@link ItemAnalysis} against the textbook route: drop the incomplete rows, build
 * the item covariance matrix, and take α, α without each item and the item–rest correlations from it.
 */
class ItemAnalysisProperties {

    @Property(tries = 200, seed = "20261129")
    void agreesWithTheCovarianceMatrixOfTheCompleteCases(@ForAll @IntRange(min = 2, max = 7) int items,
            @ForAll @IntRange(min = 2, max = 60) int examinees, @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        java.util.Random random = new java.util.Random(seed);
        int[][] cells = new int[examinees][items];
        List<String> ids = new ArrayList<>();
        List<String> itemIds = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            itemIds.add("i" + i);
        }
        for (int e = 0; e < examinees; e++) {
            ids.add("p" + e);
            double ability = random.nextGaussian();
            for (int i = 0; i < items; i++) {
                cells[e][i] = random.nextInt(10) == 0 ? ResponseMatrix.MISSING
                        : (int) Math.max(0, Math.min(3, Math.round(1.5 + ability + random.nextGaussian())));
            }
        }
        ItemAnalysis analysis = ItemAnalysis.of(ResponseMatrix.of(ids, itemIds, cells));
        List<int[]> complete = new ArrayList<>();
        for (int[] row : cells) {
            boolean all = true;
            for (int x : row) {
                all &= x != ResponseMatrix.MISSING;
            }
            if (all) {
                complete.add(row);
            }
        }
        assertEquals(complete.size(), analysis.completeCases());
        double[][] c = covariance(complete, items);
        assertClose(alpha(c, -1), analysis.alpha());
        for (int i = 0; i < items; i++) {
            ItemStatistics item = analysis.items().get(i);
            assertClose(items >= 3 ? alpha(c, i) : OptionalDouble.empty(), item.alphaIfDeleted());
            double withRest = 0;
            double rest = 0;
            for (int j = 0; j < items; j++) {
                for (int k = 0; k < items; k++) {
                    if (j != i && k != i) {
                        rest += c[j][k];
                    }
                }
                withRest += j == i ? 0 : c[i][j];
            }
            OptionalDouble r = complete.size() >= 2 && c[i][i] > 1e-12 && rest > 1e-12
                    ? OptionalDouble.of(withRest / Math.sqrt(c[i][i] * rest)) : OptionalDouble.empty();
            assertClose(r, item.itemRest());
        }
    }

    private static double[][] covariance(List<int[]> rows, int items) {
        double[][] c = new double[items][items];
        if (rows.size() < 2) {
            return c;
        }
        double[] mean = new double[items];
        for (int[] row : rows) {
            for (int i = 0; i < items; i++) {
                mean[i] += row[i] / (double) rows.size();
            }
        }
        for (int[] row : rows) {
            for (int i = 0; i < items; i++) {
                for (int j = 0; j < items; j++) {
                    c[i][j] += (row[i] - mean[i]) * (row[j] - mean[j]) / (rows.size() - 1);
                }
            }
        }
        return c;
    }

    /** α = k/(k − 1)(1 − tr C / ΣC) without item {@code without} (none when −1), as psych computes it. */
    private static OptionalDouble alpha(double[][] c, int without) {
        int k = 0;
        double trace = 0;
        double sum = 0;
        for (int i = 0; i < c.length; i++) {
            if (i == without) {
                continue;
            }
            k++;
            trace += c[i][i];
            for (int j = 0; j < c.length; j++) {
                sum += j == without ? 0 : c[i][j];
            }
        }
        return k >= 2 && sum > 1e-12 ? OptionalDouble.of(k / (k - 1.0) * (1 - trace / sum)) : OptionalDouble.empty();
    }

    private static void assertClose(OptionalDouble expected, OptionalDouble actual) {
        assertEquals(expected.isPresent(), actual.isPresent(), expected + " vs " + actual);
        if (expected.isPresent()) {
            assertEquals(expected.getAsDouble(), actual.getAsDouble(), 1e-9);
        }
    }
}
