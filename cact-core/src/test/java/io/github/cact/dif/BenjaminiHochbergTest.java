package io.github.cact.dif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Benjamini–Hochberg against hand computation of p̃_(i) = min_{j ≥ i} min(1, m p_(j) / j). */
class BenjaminiHochbergTest {

    @Test
    void stepUpMinimumOfScaledPValues() {
        // sorted input, m = 8: m p / i = .008, .032, .104, .082, .0672, .08, .084571.., .205; running minimum
        // from the top: .205, .084571.., .08, .0672, .0672, .0672, .032, .008
        double[] p = {0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205};
        double[] expected = {0.008, 0.032, 0.0672, 0.0672, 0.0672, 0.08, 0.074 * 8 / 7, 0.205};
        assertArrayEquals(expected, BenjaminiHochberg.adjust(p), 1e-15);
    }

    @Test
    void orderOfTheInputIsKeptAndValuesAreCappedAtOne() {
        double[] p = {0.9, 0.01, 0.6, 0.02};
        // sorted .01 .02 .6 .9: 4·.01/1 = .04, 4·.02/2 = .04, 4·.6/3 = .8, 4·.9/4 = .9
        assertArrayEquals(new double[] {0.9, 0.04, 0.8, 0.04}, BenjaminiHochberg.adjust(p), 1e-15);
        assertArrayEquals(new double[] {1.0, 1.0}, BenjaminiHochberg.adjust(new double[] {1.0, 0.7}), 1e-15);
        assertArrayEquals(new double[0], BenjaminiHochberg.adjust(new double[0]));
    }

    @Test
    void aPValueOutsideZeroOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BenjaminiHochberg.adjust(new double[] {0.1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> BenjaminiHochberg.adjust(new double[] {1.5}));
    }
}
