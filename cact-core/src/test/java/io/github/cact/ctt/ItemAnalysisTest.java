package io.github.cact.ctt;

import static io.github.cact.data.ResponseMatrix.MISSING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.reference.References;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemAnalysisTest {

    /**
     * Five complete cases and one (p6) without item 1. By hand, over p1..p5: item variances (divisor n − 1)
     * 0.7, 0.7, 0.5; sum scores 5, 3, 5, 1, 1 with variance 4; α = 3/2 · (1 − 1.9/4) = 0.7875. Without item 3 the
     * rest scores are 4, 2, 3, 0, 1 (variance 2.5): α = 2 · (1 − 1.4/2.5) = 0.88, and the item–rest correlation
     * of item 3 is Σ dx·dr / √(Σ dx² Σ dr²) = 2 / √(2 · 10) = 0.4472136. Item 2 over all six answers: mean 1,
     * SD √0.8.
     */
    private static final ResponseMatrix SMALL = ResponseMatrix.of(List.of("p1", "p2", "p3", "p4", "p5", "p6"),
            List.of("i1", "i2", "i3"), new int[][] {{2, 2, 1}, {1, 1, 1}, {2, 1, 2}, {0, 0, 1}, {1, 0, 0},
                {MISSING, 2, 2}});

    @Test
    void matchesAHandComputationOverTheCompleteCases() {
        ItemAnalysis analysis = ItemAnalysis.of(SMALL);
        assertEquals(5, analysis.completeCases());
        assertEquals(0.7875, analysis.alpha().getAsDouble(), 1e-12);
        ItemStatistics third = analysis.items().get(2);
        assertEquals(0.88, third.alphaIfDeleted().getAsDouble(), 1e-12);
        assertEquals(2 / Math.sqrt(20), third.itemRest().getAsDouble(), 1e-12);
        ItemStatistics second = analysis.items().get(1);
        assertEquals(6, second.answered());
        assertEquals(1, second.mean().getAsDouble(), 1e-12);
        assertEquals(Math.sqrt(0.8), second.sd().getAsDouble(), 1e-12);
        assertEquals(5, analysis.items().get(0).answered());
        assertEquals(1.2, analysis.items().get(0).mean().getAsDouble(), 1e-12);
    }

    /**
     * LSAT7 (1,000 examinees, 5 items, no missing answer), against an independent computation with numpy
     * (np.cov, np.corrcoef, ddof = 1) of α = k/(k − 1)(1 − tr C / ΣC), the item–rest correlations and α without
     * each item, the convention of psych's alpha() on complete data; the interval by Feldt's formula with
     * scipy.stats.f.ppf.
     */
    @Test
    void matchesAnIndependentComputationOnLsat7() {
        ItemAnalysis analysis = ItemAnalysis.of(References.lsatPatterns("lsat7"));
        assertEquals(1000, analysis.completeCases());
        assertEquals(0.453408735387, analysis.alpha().getAsDouble(), 1e-11);
        assertEquals(0.397956377463, analysis.alphaLower().getAsDouble(), 1e-9);
        assertEquals(0.505203160321, analysis.alphaUpper().getAsDouble(), 1e-9);
        double[] mean = {0.828, 0.658, 0.772, 0.606, 0.843};
        double[] sd = {0.377569276502, 0.474616962678, 0.419752536850, 0.488879333786, 0.363982806577};
        double[] rest = {0.245731649926, 0.246673576712, 0.313179253380, 0.222751254071, 0.174786300909};
        double[] ifDeleted = {0.395974965077, 0.393831044858, 0.345391220018, 0.414600748981, 0.438462101660};
        for (int i = 0; i < 5; i++) {
            ItemStatistics item = analysis.items().get(i);
            assertEquals(1000, item.answered());
            assertEquals(mean[i], item.mean().getAsDouble(), 1e-12);
            assertEquals(sd[i], item.sd().getAsDouble(), 1e-11);
            assertEquals(rest[i], item.itemRest().getAsDouble(), 1e-11);
            assertEquals(ifDeleted[i], item.alphaIfDeleted().getAsDouble(), 1e-11);
        }
    }

    @Test
    void leavesUndefinedStatisticsEmpty() {
        ResponseMatrix noComplete = ResponseMatrix.of(List.of("p1", "p2"), List.of("a", "b"),
                new int[][] {{1, MISSING}, {MISSING, 0}});
        ItemAnalysis analysis = ItemAnalysis.of(noComplete);
        assertEquals(0, analysis.completeCases());
        assertFalse(analysis.alpha().isPresent());
        assertFalse(analysis.alphaLower().isPresent());
        assertFalse(analysis.items().get(0).sd().isPresent());
        assertFalse(analysis.items().get(0).itemRest().isPresent());
        ResponseMatrix twoItems = ResponseMatrix.of(List.of("p1", "p2", "p3"), List.of("a", "b"),
                new int[][] {{1, 1}, {0, 1}, {1, 0}});
        assertFalse(ItemAnalysis.of(twoItems).items().get(0).alphaIfDeleted().isPresent());
        ResponseMatrix flat = ResponseMatrix.of(List.of("p1", "p2"), List.of("a", "b"), new int[][] {{1, 1}, {1, 1}});
        assertFalse(ItemAnalysis.of(flat).alpha().isPresent());
    }

    @Test
    void analysesTheNamedItemsOnly() {
        ItemAnalysis analysis = ItemAnalysis.of(SMALL, List.of("i3", "i2"));
        assertEquals(6, analysis.completeCases());
        assertEquals("i3", analysis.items().get(0).item());
        assertThrows(IllegalArgumentException.class, () -> ItemAnalysis.of(SMALL, List.of("i9")));
        assertThrows(IllegalArgumentException.class, () -> ItemAnalysis.of(SMALL, List.of("i1", "i1")));
        assertThrows(IllegalArgumentException.class, () -> ItemAnalysis.of(SMALL, List.of()));
    }
}
