package io.github.cact.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.internal.numerics.Logistic;
import io.github.cact.irt.DichotomousItem;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

class RightWrongDrawProperties {

    /** The exact rule: right when u is at or above P(X = 0 | θ) as the item computes it. */
    private static int exact(DichotomousItem item, double theta, double u) {
        double[] p = new double[2];
        item.probabilities(theta, p);
        return u >= p[0] ? 1 : 0;
    }

    @Property(tries = 2000, seed = "20261129")
    void decidesAsTheExactProbabilityAtAndAroundTheBoundary(@ForAll @DoubleRange(min = 0.1, max = 4) double a,
            @ForAll @DoubleRange(min = -4, max = 4) double b, @ForAll @DoubleRange(min = 0, max = 0.3) double g,
            @ForAll @DoubleRange(min = 0.85, max = 1) double upper, @ForAll @DoubleRange(min = -12, max = 12) double theta,
            @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double u) {
        DichotomousItem item = DichotomousItem.fourPl(a, b, g, upper);
        RightWrongDraw draw = RightWrongDraw.of(item);
        double[] p = new double[2];
        item.probabilities(theta, p);
        double boundary = p[0];
        assertEquals(boundary, draw.exactWrong(theta));
        double[] probes = {u, boundary, Math.nextUp(boundary), Math.nextDown(boundary), boundary + 1e-9,
            boundary - 1e-9, boundary + 2.9e-6, boundary - 2.9e-6, boundary + RightWrongDraw.MARGIN,
            boundary - RightWrongDraw.MARGIN, boundary + 1e-4, boundary - 1e-4};
        for (double probe : probes) {
            if (probe >= 0 && probe < 1) {
                assertEquals(exact(item, theta, probe), draw.draw(theta, probe), "u = " + probe);
            }
        }
    }

    @Property(tries = 3000, seed = "20261129")
    void theTableIsWithinItsErrorBound(@ForAll @DoubleRange(min = -45, max = 45) double t) {
        double error = Math.abs(RightWrongDraw.sigmoid(t) - Logistic.sigmoid(t));
        assertTrue(error <= 2.94e-6, "t = " + t + ": error " + error);
    }

    @Property(tries = 200, seed = "20261129")
    void theBoundIsNearlyReachedMidwayBetweenNodesWhereTheCurvatureIsLargest(
            @ForAll @DoubleRange(min = 1.2, max = 1.4) double t) {
        // midway between two nodes the chord is off by h²/8 · σ''(ξ) for a ξ between them (σ''' ≤ 1/8, so
        // within 6·10⁻⁸ of h²/8 · σ''(mid)), and |σ''| peaks at t = ln(2 + √3) ≈ 1.317: there the error
        // comes within a few per cent of the bound
        double node = Math.floor(t * 64) / 64;
        double mid = node + 1.0 / 128;
        double s = Logistic.sigmoid(mid);
        double expected = s * (1 - s) * (1 - 2 * s) / (8 * 64.0 * 64.0);
        assertEquals(expected, RightWrongDraw.sigmoid(mid) - s, 1e-7);
        assertTrue(Math.abs(expected) > 2.8e-6, "|σ''| h²/8 = " + Math.abs(expected));
    }
}
