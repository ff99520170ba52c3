package io.github.cact.internal.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NelderMeadTest {

    @Test
    void findsTheMinimumOfRosenbrocksValley() {
        // Rosenbrock (1960): f = 100 (y − x²)² + (1 − x)², minimum 0 at (1, 1), classic start (−1.2, 1)
        NelderMead.Minimum m = NelderMead.minimize(
                p -> 100 * Math.pow(p[1] - p[0] * p[0], 2) + Math.pow(1 - p[0], 2),
                new double[] {-1.2, 1}, new double[] {0.1, 0.1}, 1e-15, 10_000);
        assertArrayEquals(new double[] {1, 1}, m.point(), 1e-6);
        assertEquals(0, m.value(), 1e-12);
    }

    @Test
    void findsTheCentreOfAnIllScaledQuadraticInThreeDimensions() {
        NelderMead.Minimum m = NelderMead.minimize(
                p -> Math.pow(p[0] - 3, 2) + 100 * Math.pow(p[1] + 2, 2) + 0.01 * Math.pow(p[2] - 0.5, 2) + 7,
                new double[] {0, 0, 0}, new double[] {0.5, 0.5, 0.5}, 1e-15, 20_000);
        assertArrayEquals(new double[] {3, -2, 0.5}, m.point(), 1e-5);
        assertEquals(7, m.value(), 1e-12);
    }

    @Test
    void saysWhenTheBudgetIsSpent() {
        assertThrows(IllegalStateException.class, () -> NelderMead.minimize(p -> p[0] * p[0] + p[1] * p[1],
                new double[] {5, 5}, new double[] {0.1, 0.1}, 1e-15, 10));
    }
}
