package io.github.cact.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class LevelProbabilitiesProperties {

    static CutScores cuts(double start, List<Double> steps) {
        double[] c = new double[4];
        c[0] = start;
        for (int k = 1; k < 4; k++) {
            c[k] = c[k - 1] + steps.get(k - 1);
        }
        return CutScores.of("X", c);
    }

    @Property(tries = 300, seed = "20260101")
    void posteriorLevelProbabilitiesSumToOne(@ForAll @DoubleRange(min = -3, max = 1) double start,
            @ForAll @Size(3) List<@DoubleRange(min = 0.05, max = 2) Double> steps,
            @ForAll @Size(min = 1, max = 40) List<@DoubleRange(min = -6, max = 6) Double> nodes,
            @ForAll @DoubleRange(min = 0.01, max = 10) double scale) {
        double[] x = new double[nodes.size()];
        double[] w = new double[nodes.size()];
        for (int q = 0; q < x.length; q++) {
            x[q] = nodes.get(q);
            w[q] = scale * Math.exp(-x[q] * x[q] / 2);
        }
        LevelDistribution d = cuts(start, steps).levelProbabilities(x, w);
        assertEquals(1.0, sum(d.toArray()), 1e-12);
        assertEquals(1.0, d.atLeast(1), 1e-12);
    }

    @Property(tries = 300, seed = "20260101")
    void normalLevelProbabilitiesSumToOne(@ForAll @DoubleRange(min = -3, max = 1) double start,
            @ForAll @Size(3) List<@DoubleRange(min = 0.05, max = 2) Double> steps,
            @ForAll @DoubleRange(min = -8, max = 8) double theta,
            @ForAll @DoubleRange(min = 0.01, max = 3) double se) {
        LevelDistribution d = cuts(start, steps).levelProbabilities(theta, se);
        assertEquals(1.0, sum(d.toArray()), 1e-12);
        for (int k = 2; k <= 5; k++) {
            assertTrue(d.atLeast(k) <= d.atLeast(k - 1));
        }
    }

    /**
     * Monotone (2PL, a &gt; 0) items: changing one response from 0 to 1 multiplies the posterior by the
     * increasing P/Q, so the expected level cannot fall.
     */
    @Property(tries = 300, seed = "20260101")
    void raisingAResponseNeverLowersTheExpectedLevel(
            @ForAll @Size(min = 1, max = 12) List<@DoubleRange(min = 0.3, max = 2.5) Double> a,
            @ForAll @Size(12) List<@DoubleRange(min = -3, max = 3) Double> b,
            @ForAll @Size(12) List<@IntRange(min = 0, max = 1) Integer> responses,
            @ForAll @IntRange(min = 0, max = 11) int raised) {
        int n = a.size();
        int item = raised % n;
        int[] x = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = responses.get(i);
        }
        x[item] = 0;
        CutScores cuts = CutScores.of("X", -1.2, -0.4, 0.4, 1.2);
        double before = expectedLevel(cuts, a, b, x);
        x[item] = 1;
        double after = expectedLevel(cuts, a, b, x);
        assertTrue(after >= before - 1e-12, before + " -> " + after);
    }

    /** E[level] from the posterior on 61 nodes over [−6, 6] with a N(0, 1) prior, written out. */
    private static double expectedLevel(CutScores cuts, List<Double> a, List<Double> b, int[] x) {
        double[] nodes = new double[61];
        double[] post = new double[61];
        for (int q = 0; q < 61; q++) {
            double t = -6 + 0.2 * q;
            double like = Math.exp(-t * t / 2);
            for (int i = 0; i < x.length; i++) {
                double p = 1 / (1 + Math.exp(-a.get(i) * (t - b.get(i))));
                like *= x[i] == 1 ? p : 1 - p;
            }
            nodes[q] = t;
            post[q] = like;
        }
        return cuts.levelProbabilities(nodes, post).expectedLevel();
    }

    private static double sum(double[] p) {
        double s = 0;
        for (double v : p) {
            s += v;
        }
        return s;
    }
}
