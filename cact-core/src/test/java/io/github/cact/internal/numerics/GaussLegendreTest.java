package io.github.cact.internal.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GaussLegendreTest {

    @Test
    void threePointsInClosedForm() {
        GaussLegendre rule = GaussLegendre.of(3);
        assertEquals(-Math.sqrt(0.6), rule.node(0, -1, 1), 1e-16);
        assertEquals(0, rule.node(1, -1, 1));
        assertEquals(Math.sqrt(0.6), rule.node(2, -1, 1), 1e-16);
        assertEquals(5.0 / 9, rule.weight(0, -1, 1), 1e-15);
        assertEquals(8.0 / 9, rule.weight(1, -1, 1), 1e-15);
    }

    @Test
    void fivePointsAgainstThePublishedTable() {
        // Abramowitz & Stegun (1964), Table 25.4, n = 5
        GaussLegendre rule = GaussLegendre.of(5);
        assertEquals(0.906179845938664, rule.node(4, -1, 1), 1e-15);
        assertEquals(0.538469310105683, rule.node(3, -1, 1), 1e-15);
        assertEquals(0.236926885056189, rule.weight(4, -1, 1), 1e-15);
        assertEquals(0.478628670499366, rule.weight(3, -1, 1), 1e-15);
        assertEquals(0.568888888888889, rule.weight(2, -1, 1), 1e-15);
    }

    @Test
    void integratesPolynomialsUpToDegreeTwoNMinusOneExactly() {
        for (int n = 1; n <= 40; n++) {
            GaussLegendre rule = GaussLegendre.of(n);
            for (int k = 0; k <= 2 * n - 1; k++) {
                // ∫_0^1 x^k dx = 1/(k + 1)
                assertEquals(1.0 / (k + 1), integrate(rule, k, 0, 1), 1e-14 / (k + 1), "n = " + n + ", k = " + k);
            }
            // ∫_{-2}^{3} x^(2n−1) dx = (3^(2n) − 2^(2n))/(2n)
            double exact = (Math.pow(3, 2 * n) - Math.pow(2, 2 * n)) / (2 * n);
            assertEquals(exact, integrate(rule, 2 * n - 1, -2, 3), 1e-13 * exact, "n = " + n);
        }
    }

    @Test
    void missesDegreeTwoNByTheClassicalErrorTerm() {
        // ∫_{-1}^{1} f − Q_n f = 2^(2n+1) (n!)^4 / ((2n+1) ((2n)!)^3) f^(2n)(ξ) (Abramowitz & Stegun 25.4.30);
        // for f = x^(2n), f^(2n) = (2n)! everywhere
        double factorial = 1; // n!
        double doubleFactorial = 1; // (2n)!
        for (int n = 1; n <= 8; n++) {
            factorial *= n;
            doubleFactorial *= (2 * n - 1) * (2 * n);
            double error = Math.pow(2, 2 * n + 1) * Math.pow(factorial, 4)
                    / ((2 * n + 1) * doubleFactorial * doubleFactorial);
            double missed = 2.0 / (2 * n + 1) - integrate(GaussLegendre.of(n), 2 * n, -1, 1);
            assertEquals(error, missed, 1e-9 * error, "n = " + n);
        }
    }

    @Test
    void needsAtLeastOnePoint() {
        assertThrows(IllegalArgumentException.class, () -> GaussLegendre.of(0));
    }

    private static double integrate(GaussLegendre rule, int power, double lo, double hi) {
        double sum = 0;
        for (int i = 0; i < rule.size(); i++) {
            sum += rule.weight(i, lo, hi) * Math.pow(rule.node(i, lo, hi), power);
        }
        return sum;
    }
}
