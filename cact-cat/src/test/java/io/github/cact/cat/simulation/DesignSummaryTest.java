package io.github.cact.cat.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DesignSummaryTest {

    /**
     * Three examinees, scales A and B, items a1, a2 (A) and b1 (B); cuts -1.5, -0.5, 0.5, 1.5; the standard
     * requires level 3 on A and 4 on B. Examinee 0 saw a1, a2, b1; examinee 1 a1, b1; examinee 2 a1, a2.
     */
    static DesignOutcome small(boolean standard) {
        double[] trueTheta = {0.0, 1.0, -1.0, 0.5, 2.0, -2.0};
        double[] theta = {0.5, 1.0, -1.5, 0.0, 2.0, -1.0};
        double[] se = {0.3, 0.4, 0.5, 0.6, 0.2, 0.1};
        int[] items = {2, 1, 1, 1, 2, 0};
        int[] trueLevel = {3, 4, 2, 4, 5, 1};
        int[] level = {4, 4, 2, 3, 5, 2};
        String[] reasons = {"SE", "SE", "SE", "CLASSIFIED", "MAX_ITEMS", "SE"};
        boolean[] meets = new boolean[6];
        for (int k = 0; k < 6; k++) {
            meets[k] = standard && level[k] >= (k % 2 == 0 ? 3 : 4);
        }
        return new DesignOutcome(List.of("A", "B"), List.of("a1", "a2", "b1"), List.of("A", "A", "B"), trueTheta,
                theta, se, items, reasons, level, trueLevel, meets, standard ? new int[] {3, 4} : null,
                new int[] {3, 2, 2});
    }

    @Test
    void lengthPrecisionAndClassificationFollowTheirDefinitions() {
        DesignSummary summary = small(true).summary();
        assertEquals(3, summary.examinees());
        assertEquals(7 / 3.0, summary.meanItems(), 1e-15);
        assertEquals(List.of(0, 0, 2, 1), summary.lengthDistribution());
        assertEquals(5 / 3.0, summary.meanItemsPerScale().get("A"), 1e-15);
        assertEquals(2 / 3.0, summary.meanItemsPerScale().get("B"), 1e-15);
        DesignSummary.ScaleStatistics a = summary.perScale().get("A");
        DesignSummary.ScaleStatistics b = summary.perScale().get("B");
        DesignSummary.ScaleStatistics all = summary.overall();
        assertEquals(0, a.bias(), 1e-15);
        assertEquals(1 / 6.0, b.bias(), 1e-15);
        assertEquals(1 / 12.0, all.bias(), 1e-15);
        assertEquals(Math.sqrt(0.5 / 3), a.rmse(), 1e-15);
        assertEquals(Math.sqrt(1.25 / 3), b.rmse(), 1e-15);
        assertEquals(Math.sqrt(1.75 / 6), all.rmse(), 1e-15);
        assertEquals(7 / 3.0, all.meanItems(), 1e-15);
        assertEquals(2.1 / 6, all.meanSe(), 1e-15);
        // A: deviations of θ (-1/3, -4/3, 5/3) and of θ̂ (1/6, -11/6, 5/3)
        assertEquals((93 / 18.0) / Math.sqrt(42 / 9.0 * 222 / 36.0), a.correlation(), 1e-14);
        assertEquals(2 / 3.0, a.classificationAccuracy(), 1e-15);
        assertEquals(1 / 3.0, b.classificationAccuracy(), 1e-15);
        assertEquals(0.5, all.classificationAccuracy(), 1e-15);
        assertEquals(1, a.decisionAccuracy(), 1e-15);
        assertEquals(2 / 3.0, b.decisionAccuracy(), 1e-15);
        assertEquals(5 / 6.0, all.decisionAccuracy(), 1e-15);
        assertTrue(Double.isNaN(small(false).summary().overall().decisionAccuracy()));
    }

    @Test
    void exposureAndOverlapMatchTheCountOfSharedItems() {
        DesignSummary summary = small(false).summary();
        assertEquals(1, summary.maxExposure());
        // pairs share 2, 2 and 1 items: mean 5/3 of a mean length of 7/3
        assertEquals(5 / 7.0, summary.overlapRate(), 1e-15);
    }

    @Test
    void conditionalPrecisionBinsTheTrueTheta() {
        List<DesignSummary.ConditionalPrecision> bins = small(false).summary().conditional();
        assertEquals(13, bins.size());
        assertEquals(-3, bins.get(0).theta());
        assertEquals(3, bins.get(12).theta());
        DesignSummary.ConditionalPrecision zero = bins.get(6);
        assertEquals(0, zero.theta());
        assertEquals(1, zero.pairs());
        assertEquals(0.3, zero.meanSe());
        assertEquals(0.5, zero.rmse(), 1e-15);
        assertEquals(2, zero.meanItems());
        assertEquals(0, bins.get(5).pairs());
        assertTrue(Double.isNaN(bins.get(5).meanSe()));
        int total = bins.stream().mapToInt(DesignSummary.ConditionalPrecision::pairs).sum();
        assertEquals(6, total);
        assertEquals(0, DesignSummary.bin(-10, 13));
        assertEquals(12, DesignSummary.bin(10, 13));
        assertEquals(1, DesignSummary.bin(-2.75, 13), "a bin's lower edge belongs to it");
        assertEquals(0, DesignSummary.bin(-2.7501, 13));
        assertEquals(7, DesignSummary.bin(0.25, 13));
    }
}
