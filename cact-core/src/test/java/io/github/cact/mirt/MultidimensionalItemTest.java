package io.github.cact.mirt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.ModelType;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultidimensionalItemTest {

    private static final double[] THETA = {0.4, -1.1, 0.7};

    private static List<MultidimensionalItem> items() {
        return List.of(
                MultidimensionalItem.of("i2", ModelType.TWO_PL, new double[] {1.2, 0, 0.5}, new int[] {0, 2},
                        new double[] {-0.3}, 0, 1),
                MultidimensionalItem.of("i3", ModelType.THREE_PL, new double[] {0, 1.5, 0}, new int[] {1},
                        new double[] {0.2}, 0.2, 1),
                MultidimensionalItem.of("i4", ModelType.FOUR_PL, new double[] {0.8, 0.6, 0}, new int[] {0, 1},
                        new double[] {0.1}, 0.15, 0.9),
                MultidimensionalItem.of("r", ModelType.RASCH, new double[] {0, 0, 1}, new int[] {2},
                        new double[] {0.5}, 0, 1),
                MultidimensionalItem.of("g", ModelType.GRM, new double[] {0.9, 0, 1.1}, new int[] {0, 2},
                        new double[] {1.5, 0.2, -1.4}, 0, 1),
                MultidimensionalItem.of("p", ModelType.GPCM, new double[] {0, 1.3, 0}, new int[] {1},
                        new double[] {0.4, -0.2, 0.9}, 0, 1),
                MultidimensionalItem.of("m", ModelType.PCM, new double[] {1, 0, 0}, new int[] {0},
                        new double[] {0.3, -0.6}, 0, 1));
    }

    @Test
    void probabilitiesSumToOneAndMatchTheirLogs() {
        for (MultidimensionalItem item : items()) {
            double[] p = new double[item.categories()];
            double[] lp = new double[item.categories()];
            item.probabilities(THETA, p);
            item.logProbabilities(THETA, lp);
            double sum = 0;
            for (int k = 0; k < p.length; k++) {
                sum += p[k];
                assertEquals(Math.log(p[k]), lp[k], 1e-12, item.id());
            }
            assertEquals(1, sum, 1e-12, item.id());
        }
    }

    @Test
    void aSingleFactorItemEqualsItsUnidimensionalModel() {
        DichotomousItem uni = DichotomousItem.threePl(1.4, -0.5, 0.2);
        MultidimensionalItem item = MultidimensionalItem.onFactor("x", uni, 3, 1);
        double[] p = new double[2];
        item.probabilities(THETA, p);
        assertEquals(uni.probability(1, THETA[1]), p[1], 1e-15);
        assertArrayEquals(new double[] {0, 1.4, 0}, item.slopes());
        assertFalse(item.loadsOn(0));
        assertTrue(item.loadsOn(1));
    }

    @Test
    void parameterScoresAreTheGradientsOfTheLogProbabilities() {
        double h = 1e-6;
        for (MultidimensionalItem item : items()) {
            int n = item.parameterCount();
            int k1 = item.categories();
            double[] p = new double[k1];
            double[] scores = new double[k1 * n];
            item.parameterScores(THETA, p, scores);
            double[] psi = item.parameters();
            for (int m = 0; m < n; m++) {
                double[] up = psi.clone();
                double[] down = psi.clone();
                up[m] += h;
                down[m] -= h;
                double[] lu = new double[k1];
                double[] ld = new double[k1];
                item.withParameters(up).logProbabilities(THETA, lu);
                item.withParameters(down).logProbabilities(THETA, ld);
                for (int k = 0; k < k1; k++) {
                    assertEquals((lu[k] - ld[k]) / (2 * h), scores[k * n + m], 1e-6,
                            item.id() + " " + item.parameterNames().get(m) + " category " + k);
                }
            }
        }
    }

    @Test
    void thetaDerivativesAreTheSlopesTimesTheDerivativesInZ() {
        double h = 1e-6;
        for (MultidimensionalItem item : items()) {
            int k1 = item.categories();
            double z = item.linearPredictor(THETA);
            double[] p = new double[k1];
            double[] dp = new double[k1];
            double[] d2p = new double[k1];
            item.derivativesAt(z, p, dp, d2p);
            double[] up = THETA.clone();
            up[0] += h;
            double[] down = THETA.clone();
            down[0] -= h;
            double[] pu = new double[k1];
            double[] pd = new double[k1];
            item.probabilities(up, pu);
            item.probabilities(down, pd);
            for (int k = 0; k < k1; k++) {
                assertEquals((pu[k] - pd[k]) / (2 * h), item.slope(0) * dp[k], 1e-7, item.id());
            }
        }
    }

    @Test
    void outOfPatternSlopesAndBadValuesAreRefusedNamingTheItem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MultidimensionalItem.of(
                "q7", ModelType.TWO_PL, new double[] {1, 0.3}, new int[] {0}, new double[] {0}, 0, 1));
        assertTrue(e.getMessage().startsWith("item 'q7': slope a2 = 0.3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MultidimensionalItem.of(
                "q8", ModelType.GRM, new double[] {1}, new int[] {0}, new double[] {0, 1}, 0, 1));
        assertTrue(e.getMessage().startsWith("item 'q8': graded thresholds"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MultidimensionalItem.of(
                "q9", ModelType.TWO_PL, new double[] {1, 1}, new int[] {1, 0}, new double[] {0}, 0, 1));
        assertTrue(e.getMessage().contains("strictly increasing"), e.getMessage());
    }
}
