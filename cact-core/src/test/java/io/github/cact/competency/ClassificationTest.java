package io.github.cact.competency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import io.github.cact.irt.PartialCreditItem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Rudner and Lee against hand computations in the style of cacIRT's {@code class.Rud} / {@code class.Lee}
 * and irtQ's {@code cac_rud} / {@code cac_lee}, on a five-item 2PL bank. The reference arithmetic is
 * written out here: the test information I(θ) = Σ a²PQ, Φ by Simpson's rule on the normal density, the
 * summed-score distribution by enumerating all 2⁵ response patterns, marginals by the midpoint rule.
 */
class ClassificationTest {

    private static final double[] A = {1.2, 0.8, 1.5, 1.0, 0.9};
    private static final double[] B = {-1.0, 0.0, 0.5, 1.0, -0.5};
    private static final double[] CUTS = {-1.5, -0.5, 0.5, 1.5};
    private static final CutScores CUT_SCORES = CutScores.of("M1", CUTS);

    private static double p2pl(int i, double theta) {
        return 1 / (1 + Math.exp(-A[i] * (theta - B[i])));
    }

    /** SE(θ) = 1 / √(Σ a² P Q). */
    private static final DoubleUnaryOperator SE = theta -> {
        double info = 0;
        for (int i = 0; i < A.length; i++) {
            double p = p2pl(i, theta);
            info += A[i] * A[i] * p * (1 - p);
        }
        return 1 / Math.sqrt(info);
    };

    /** Φ(z) = 1/2 + ∫₀^z φ, Simpson's rule with 4000 panels. */
    private static double phi(double z) {
        if (Double.isInfinite(z)) {
            return z > 0 ? 1 : 0;
        }
        int n = 4000;
        double h = z / n;
        double sum = 0;
        for (int k = 0; k <= n; k++) {
            double x = k * h;
            double f = Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
            sum += (k == 0 || k == n ? 1 : k % 2 == 1 ? 4 : 2) * f;
        }
        return 0.5 + sum * h / 3;
    }

    /** Rudner's p_k(θ) written out. */
    private static double[] rudnerByHand(double theta) {
        double se = SE.applyAsDouble(theta);
        double[] c = {Double.NEGATIVE_INFINITY, CUTS[0], CUTS[1], CUTS[2], CUTS[3], Double.POSITIVE_INFINITY};
        double[] p = new double[5];
        for (int k = 0; k < 5; k++) {
            p[k] = phi((c[k + 1] - theta) / se) - phi((c[k] - theta) / se);
        }
        return p;
    }

    private static int trueLevel(double theta) {
        int level = 1;
        for (double c : CUTS) {
            level += theta >= c ? 1 : 0;
        }
        return level;
    }

    @Test
    void rudnerConditionalMatchesTheHandComputation() {
        Classification rudner = Classification.rudner(CUT_SCORES, SE);
        for (double theta : new double[] {-2.2, -0.8, 0.3, 1.1, 2.7}) {
            double[] hand = rudnerByHand(theta);
            assertArrayEquals(hand, rudner.classified(theta).toArray(), 1e-10, "θ = " + theta);
            assertEquals(hand[trueLevel(theta) - 1], rudner.accuracy(theta), 1e-10);
            double cc = 0;
            for (double v : hand) {
                cc += v * v;
            }
            assertEquals(cc, rudner.consistency(theta), 1e-10);
        }
        assertEquals(3, rudner.trueLevel(-0.5));
    }

    @Test
    void rudnerDMethodMatchesTheMidpointRule() {
        // midpoint rule on [−8, 8], h = 0.002, cells aligned with the cuts, weights φ(θ)·h renormalised
        int cells = 8000;
        double h = 16.0 / cells;
        double[][] confusion = new double[5][5];
        double cc = 0;
        double mass = 0;
        for (int j = 0; j < cells; j++) {
            double theta = -8 + (j + 0.5) * h;
            double w = Math.exp(-theta * theta / 2);
            double[] p = rudnerByHandFast(theta);
            for (int c = 0; c < 5; c++) {
                confusion[trueLevel(theta) - 1][c] += w * p[c];
                cc += w * p[c] * p[c];
            }
            mass += w;
        }
        ClassificationIndices d = Classification.rudner(CUT_SCORES, SE).dMethod();
        double accuracy = 0;
        for (int t = 0; t < 5; t++) {
            accuracy += confusion[t][t] / mass;
            for (int c = 0; c < 5; c++) {
                assertEquals(confusion[t][c] / mass, d.confusion(t + 1, c + 1), 2e-6, "cell " + t + "," + c);
            }
        }
        assertEquals(accuracy, d.accuracy(), 1e-5);
        assertEquals(cc / mass, d.consistency(), 1e-5);
        assertEquals(1.0, d.accuracy() + d.falsePositive() + d.falseNegative(), 1e-12);
        assertEquals("M1", d.competency());
    }

    /** Rudner's p_k with Φ from Zelen &amp; Severo (Abramowitz &amp; Stegun 26.2.17, |error| &lt; 7.5e-8). */
    private static double[] rudnerByHandFast(double theta) {
        double se = SE.applyAsDouble(theta);
        double[] p = new double[5];
        double below = 0;
        for (int k = 0; k < 4; k++) {
            double cdf = zelenSevero((CUTS[k] - theta) / se);
            p[k] = cdf - below;
            below = cdf;
        }
        p[4] = 1 - below;
        return p;
    }

    private static double zelenSevero(double z) {
        double x = Math.abs(z);
        double t = 1 / (1 + 0.2316419 * x);
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        double upper = Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * poly;
        return z >= 0 ? 1 - upper : upper;
    }

    @Test
    void rudnerPMethodAveragesOverEstimates() {
        double[] thetaHats = {-1.7, -0.2, 0.4, 0.9, 2.1};
        double accuracy = 0;
        double cc = 0;
        double upper = 0;
        for (double t : thetaHats) {
            double[] p = rudnerByHand(t);
            accuracy += p[trueLevel(t) - 1] / thetaHats.length;
            for (int k = 0; k < 5; k++) {
                cc += p[k] * p[k] / thetaHats.length;
                upper += k + 1 > trueLevel(t) ? p[k] / thetaHats.length : 0;
            }
        }
        ClassificationIndices pm = Classification.rudner(CUT_SCORES, SE).pMethod(thetaHats);
        assertEquals(accuracy, pm.accuracy(), 1e-10);
        assertEquals(cc, pm.consistency(), 1e-10);
        assertEquals(upper, pm.falsePositive(), 1e-10);
        // θ̂ = −0.2 and 0.4 are both true level 3 (row sum 2/5); 0.9 is level 4 (1/5)
        double row4 = 0;
        double row3 = 0;
        for (int c = 1; c <= 5; c++) {
            row4 += pm.confusion(4, c);
            row3 += pm.confusion(3, c);
        }
        assertEquals(0.2, row4, 1e-12);
        assertEquals(0.4, row3, 1e-12);
    }

    @Test
    void rudnerRefusesABadStandardError() {
        Classification bad = Classification.rudner(CUT_SCORES, t -> t > 0 ? 0.5 : Double.NaN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bad.accuracy(-1));
        assertTrue(e.getMessage().contains("'M1'") && e.getMessage().contains("SE(-1.0)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> bad.pMethod(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> bad.dMethod(0, 0));
    }

    private static List<ItemModel> dichotomousBank() {
        List<ItemModel> items = new ArrayList<>();
        for (int i = 0; i < A.length; i++) {
            items.add(DichotomousItem.twoPl(A[i], B[i]));
        }
        return items;
    }

    /** P(X = x | θ) by enumerating all 32 patterns. */
    private static double[] summedByEnumeration(double theta) {
        double[] dist = new double[A.length + 1];
        for (int pattern = 0; pattern < 1 << A.length; pattern++) {
            double prob = 1;
            for (int i = 0; i < A.length; i++) {
                double p = p2pl(i, theta);
                prob *= (pattern >> i & 1) == 1 ? p : 1 - p;
            }
            dist[Integer.bitCount(pattern)] += prob;
        }
        return dist;
    }

    private static double tau(double theta) {
        double sum = 0;
        for (int i = 0; i < A.length; i++) {
            sum += p2pl(i, theta);
        }
        return sum;
    }

    @Test
    void leeConditionalMatchesPatternEnumeration() {
        // summed-score cuts 1, 2, 3, 4: x = 0 → level 1, 1 → 2, 2 → 3, 3 → 4, 4 and 5 → 5
        Classification lee = Classification.lee("M2", dichotomousBank(), 1, 2, 3, 4);
        for (double theta : new double[] {-1.9, -0.3, 0.6, 2.4}) {
            double[] x = summedByEnumeration(theta);
            double[] expected = {x[0], x[1], x[2], x[3], x[4] + x[5]};
            assertArrayEquals(expected, lee.classified(theta).toArray(), 1e-12, "θ = " + theta);
        }
        double[] b = lee.boundaries();
        for (int k = 0; k < 4; k++) {
            assertEquals(k + 1, tau(b[k]), 1e-8, "τ at boundary " + (k + 1));
        }
        assertEquals(3, lee.trueLevel(b[1]));
        assertEquals(2, lee.trueLevel(Math.nextDown(b[1])));
    }

    @Test
    void leeDMethodMatchesTheMidpointRuleBetweenBoundaries() {
        Classification lee = Classification.lee("M2", dichotomousBank(), 1, 2, 3, 4);
        double[] edges = new double[6];
        edges[0] = -8;
        System.arraycopy(lee.boundaries(), 0, edges, 1, 4);
        edges[5] = 8;
        double[][] confusion = new double[5][5];
        double cc = 0;
        double mass = 0;
        for (int s = 0; s < 5; s++) {
            int cells = 2000;
            double h = (edges[s + 1] - edges[s]) / cells;
            for (int j = 0; j < cells; j++) {
                double theta = edges[s] + (j + 0.5) * h;
                double w = Math.exp(-theta * theta / 2) * h;
                double[] x = summedByEnumeration(theta);
                double[] p = {x[0], x[1], x[2], x[3], x[4] + x[5]};
                for (int c = 0; c < 5; c++) {
                    confusion[s][c] += w * p[c];
                    cc += w * p[c] * p[c];
                }
                mass += w;
            }
        }
        ClassificationIndices d = lee.dMethod();
        for (int t = 0; t < 5; t++) {
            for (int c = 0; c < 5; c++) {
                assertEquals(confusion[t][c] / mass, d.confusion(t + 1, c + 1), 1e-6, "cell " + t + "," + c);
            }
        }
        assertEquals(cc / mass, d.consistency(), 1e-6);
    }

    @Test
    void leeHandlesPolytomousItems() {
        // one 3-category item with P(0), P(1), P(2) ∝ 1, e^(θ), e^(2θ − 0.5) and two 2PL items
        // (a partial credit item with step intercepts 0 and −0.5)
        ItemModel poly = PartialCreditItem.pcm(new double[] {0, -0.5});
        List<ItemModel> items = List.of(poly, dichotomousBank().get(0), dichotomousBank().get(1));
        double theta = 0.4;
        double e1 = Math.exp(theta);
        double e2 = Math.exp(2 * theta - 0.5);
        double[] q = {1 / (1 + e1 + e2), e1 / (1 + e1 + e2), e2 / (1 + e1 + e2)};
        double[] x = new double[5];
        for (int j = 0; j < 3; j++) {
            for (int u = 0; u < 2; u++) {
                for (int v = 0; v < 2; v++) {
                    x[j + u + v] += q[j] * (u == 1 ? p2pl(0, theta) : 1 - p2pl(0, theta))
                            * (v == 1 ? p2pl(1, theta) : 1 - p2pl(1, theta));
                }
            }
        }
        assertArrayEquals(x, Classification.lee("M3", items, 1, 2, 3, 4).classified(theta).toArray(), 1e-12);
    }

    @Test
    void leeCutsAreChecked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Classification.lee("M2", dichotomousBank(), 1, 2, 3, 6));
        assertTrue(e.getMessage().contains("'M2'") && e.getMessage().contains("cut 4 = 6"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Classification.lee("M2", dichotomousBank(), 1, 3, 3, 4));
        assertTrue(e.getMessage().contains("cut 3 = 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Classification.lee("M2", List.of(), 1, 2, 3, 4));
        assertTrue(e.getMessage().contains("'M2' has no items"), e.getMessage());
    }
}
