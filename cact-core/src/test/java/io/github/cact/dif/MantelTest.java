package io.github.cact.dif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.internal.numerics.ChiSquare;
import org.junit.jupiter.api.Test;

/** Mantel's polytomous test and the standardized mean difference, against hand computation. */
class MantelTest {

    /** Builds a sample from (score, focal, response, count) cells. */
    static ItemSample sample(int[][] cells) {
        int n = 0;
        for (int[] c : cells) {
            n += c[3];
        }
        int[] score = new int[n];
        int[] response = new int[n];
        boolean[] focal = new boolean[n];
        int at = 0;
        for (int[] c : cells) {
            for (int k = 0; k < c[3]; k++) {
                score[at] = c[0];
                focal[at] = c[1] == 1;
                response[at] = c[2];
                at++;
            }
        }
        return new ItemSample(score, response, focal);
    }

    @Test
    void twoStrataOfAThreeCategoryItem() {
        // stratum 0: reference responses 0,1,1,2 ; focal 0,0,1
        // stratum 1: reference 1,2,2 ; focal 0,1,2,2
        ItemSample s = sample(new int[][] {
            {0, 0, 0, 1}, {0, 0, 1, 2}, {0, 0, 2, 1}, {0, 1, 0, 2}, {0, 1, 1, 1},
            {1, 0, 1, 1}, {1, 0, 2, 2}, {1, 1, 0, 1}, {1, 1, 1, 1}, {1, 1, 2, 2}});
        // stratum 0: n 7, nR 4, nF 3, Σy 5, Σy² 7; F = 1, E = 3·5/7, V = 4·3·(7·7 − 25)/(49·6)
        // stratum 1: n 7, nR 3, nF 4, Σy 10, Σy² 18; F = 5, E = 4·10/7, V = 3·4·(7·18 − 100)/(49·6)
        double f = 1 + 5;
        double e = 15.0 / 7 + 40.0 / 7;
        double v = 12.0 * 24 / 294 + 12.0 * 26 / 294;
        double chi2 = (f - e) * (f - e) / v;
        // SMD: focal weights 3/7, 4/7; focal means 1/3, 5/4; reference means 1, 5/3
        double smd = 3.0 / 7 * (1.0 / 3 - 1) + 4.0 / 7 * (5.0 / 4 - 5.0 / 3);
        // item SD over all 14: Σy 15, Σy² 25
        double sd = Math.sqrt((25 - 15.0 * 15 / 14) / 14);
        MantelHaenszelDif mh = assertDoesNotFail(s);
        assertEquals(chi2, mh.chiSquare(), 1e-12);
        assertEquals(ChiSquare.upperTail(chi2, 1), mh.p(), 1e-15);
        assertEquals(smd, mh.standardizedMeanDifference(), 1e-12);
        assertEquals(smd / sd, mh.effectSize(), 1e-12);
        assertTrue(mh.polytomous());
        assertTrue(mh.delta().isEmpty());
        assertEquals(2, mh.strata());
    }

    private static MantelHaenszelDif assertDoesNotFail(ItemSample s) {
        try {
            return MantelHaenszel.test(s, false, 0.05);
        } catch (Untestable e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void onAZeroOneItemMantelsTestIsTheUncorrectedMantelHaenszelTest() throws Untestable {
        ItemSample s = sample(new int[][] {
            {0, 0, 0, 5}, {0, 0, 1, 3}, {0, 1, 0, 6}, {0, 1, 1, 1},
            {1, 0, 0, 2}, {1, 0, 1, 7}, {1, 1, 0, 4}, {1, 1, 1, 4}});
        MantelHaenszelDif corrected = MantelHaenszel.test(s, true, 0.05);
        MantelHaenszelDif mantel = MantelHaenszel.test(s, false, 0.05);
        // Σ A = 10, Σ E(A) = 8·4/15 + 9·11/17, Σ V = 8·7·4·11/(225·14) + 9·8·11·6/(289·16)
        double dev = 10 - (8.0 * 4 / 15 + 9.0 * 11 / 17);
        double var = 8.0 * 7 * 4 * 11 / (225 * 14) + 9.0 * 8 * 11 * 6 / (289 * 16);
        assertEquals(dev * dev / var, mantel.chiSquare(), 1e-12);
        assertEquals((Math.abs(dev) - 0.5) * (Math.abs(dev) - 0.5) / var, corrected.chiSquare(), 1e-12);
    }

    @Test
    void strataWithOneGroupOnlyAreLeftOutAndNoneLeftIsAReason() {
        ItemSample s = sample(new int[][] {{0, 0, 0, 3}, {0, 0, 1, 3}, {1, 1, 0, 2}, {1, 1, 1, 2}});
        Untestable e = assertThrows(Untestable.class, () -> MantelHaenszel.test(s, true, 0.05));
        assertTrue(e.getMessage().contains("no matching score is shared"), e.getMessage());
    }
}
