package io.github.cact.internal.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BrentSolverTest {

    @Test
    void knownRoots() {
        // the Dottie number, cos x = x: 0.73908 51332 15160 64165 53120 87673 87340 40134 (OEIS A003957)
        assertEquals(0.7390851332151607, BrentSolver.solve(x -> Math.cos(x) - x, 0, 1, 1e-15, 100), 2e-16);
        // Wallis's cubic x³ − 2x − 5 = 0, used by Newton: 2.09455 14815 42326 59148 23865 (OEIS A007493)
        assertEquals(2.0945514815423265, BrentSolver.solve(x -> x * x * x - 2 * x - 5, 2, 3, 1e-15, 100), 5e-16);
        assertEquals(Math.sqrt(2), BrentSolver.solve(x -> x * x - 2, 0, 2, 1e-15, 100), 5e-16);
    }

    @Test
    void meetsTheRequestedAccuracyOnAFunctionWithAFlatZero() {
        // (x − 1/3)³ is flat at its zero, so interpolation alone stalls: the bisection guard must act
        double root = BrentSolver.solve(x -> Math.pow(x - 1.0 / 3, 3), -5, 20, 1e-10, 1000);
        assertEquals(1.0 / 3, root, 1e-5);
    }

    @Test
    void rejectsAnIntervalWithoutSignChangeAndAnExhaustedBudget() {
        assertThrows(IllegalArgumentException.class, () -> BrentSolver.solve(x -> x * x + 1, -1, 1, 1e-10, 100));
        assertThrows(IllegalStateException.class, () -> BrentSolver.solve(x -> x - Math.PI, 0, 100, 1e-15, 4));
    }
}
