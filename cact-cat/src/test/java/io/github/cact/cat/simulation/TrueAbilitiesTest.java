package io.github.cact.cat.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrueAbilitiesTest {

    @Test
    void theFactorReproducesTheEquicorrelationMatrix() {
        for (int scales : new int[] {1, 2, 9}) {
            for (double r : new double[] {-0.9 / Math.max(1, scales - 1), 0, 0.3, 0.6, 0.999, 1}) {
                double[][] l = TrueAbilities.equicorrelationFactor(scales, r);
                for (int i = 0; i < scales; i++) {
                    for (int j = 0; j < scales; j++) {
                        double product = 0;
                        for (int k = 0; k < scales; k++) {
                            product += l[i][k] * l[j][k];
                        }
                        assertEquals(i == j ? 1 : r, product, 1e-12, scales + " scales, R " + r + ", (" + i + "," + j + ")");
                        if (j > i) {
                            assertEquals(0, l[i][j], "upper triangle");
                        }
                    }
                }
            }
        }
    }

    @Test
    void drawsHaveUnitVarianceAndTheCommonCorrelation() {
        // 40,000 examinees: the SE of a sample correlation near 0.6 is (1 - 0.36)/sqrt(n) = 0.0032; 5 SE
        int n = 40_000;
        double[][] thetas = TrueAbilities.correlatedNormal(n, 9, 0.6, 17);
        for (int s = 0; s < 9; s++) {
            double mean = 0;
            double square = 0;
            for (double[] theta : thetas) {
                mean += theta[s];
                square += theta[s] * theta[s];
            }
            assertEquals(0, mean / n, 5 / Math.sqrt(n), "mean of scale " + s);
            assertEquals(1, square / n, 5 * Math.sqrt(2.0 / n), "variance of scale " + s);
        }
        for (int[] pair : new int[][] {{0, 1}, {0, 8}, {4, 7}}) {
            double product = 0;
            for (double[] theta : thetas) {
                product += theta[pair[0]] * theta[pair[1]];
            }
            assertEquals(0.6, product / n, 5 * 0.64 / Math.sqrt(n) + 5 * Math.sqrt(2.0 / n) * 0.6, "scales " + pair[0] + "," + pair[1]);
        }
    }

    @Test
    void anExamineeDependsOnlyOnTheSeedAndItsIndex() {
        double[][] few = TrueAbilities.correlatedNormal(10, 3, 0.5, 4);
        double[][] many = TrueAbilities.correlatedNormal(1000, 3, 0.5, 4);
        for (int n = 0; n < 10; n++) {
            assertArrayEquals(few[n], many[n]);
        }
        assertTrue(few[0][0] != TrueAbilities.correlatedNormal(1, 3, 0.5, 5)[0][0]);
        double[][] same = TrueAbilities.correlatedNormal(5, 4, 1, 8);
        for (double[] theta : same) {
            for (double t : theta) {
                assertEquals(theta[0], t, 1e-12, "R = 1 copies one ability");
            }
        }
    }

    @Test
    void aCorrelationOutsideThePositiveSemiDefiniteRangeIsRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrueAbilities.correlatedNormal(5, 9, -0.2, 1))
                .getMessage().contains("-0.2"));
        assertThrows(IllegalArgumentException.class, () -> TrueAbilities.correlatedNormal(5, 9, 1.1, 1));
        assertThrows(IllegalArgumentException.class, () -> TrueAbilities.correlatedNormal(5, 2, Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> TrueAbilities.correlatedNormal(0, 2, 0.5, 1));
        assertEquals(1, TrueAbilities.correlatedNormal(1, 1, -3, 1)[0].length, "one scale: R is irrelevant");
    }
}
