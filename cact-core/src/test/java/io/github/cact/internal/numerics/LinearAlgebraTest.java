package io.github.cact.internal.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LinearAlgebraTest {

    @Test
    void choleskyOfAKnownMatrix() {
        // the textbook example: A = L Lᵀ with L = [[2,0,0],[6,1,0],[-8,5,3]]
        double[] a = {4, 12, -16, 12, 37, -43, -16, -43, 98};
        Cholesky c = Cholesky.factor(a, 3, 0, 0);
        assertArrayEquals(new double[] {2, 0, 0, 6, 1, 0, -8, 5, 3}, c.lower(), 1e-15);
        // A (1, 2, 3)ᵀ = (-20, -43, 192)ᵀ
        assertArrayEquals(new double[] {1, 2, 3}, c.solve(new double[] {-20, -43, 192}), 1e-12);
    }

    @Test
    void choleskyRefusesMatricesThatAreNotPositiveDefinite() {
        assertNull(Cholesky.factor(new double[] {1, 2, 2, 1}, 2, 0, 0));
        assertNull(Cholesky.factor(new double[] {1, 1, 1, 1}, 2, 0, 1e-10));
        // a shift makes the singular one definite
        assertEquals(1.0, Cholesky.factor(new double[] {1, 1, 1, 1}, 2, 1e-3, 0).lower()[0], 1e-3);
    }

    @Test
    void luInvertsTheHilbertMatrixToItsIntegerInverse() {
        // H_ij = 1/(i + j + 1); H⁻¹ of order 4 has the integer entries below (Choi 1983, Amer. Math. Monthly 90)
        double[] h = new double[16];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                h[i * 4 + j] = 1.0 / (i + j + 1);
            }
        }
        double[] expected = {16, -120, 240, -140, -120, 1200, -2700, 1680, 240, -2700, 6480, -4200, -140, 1680,
            -4200, 2800};
        assertArrayEquals(expected, LuDecomposition.factor(h, 4, 1e-14).inverse(), 1e-9);
    }

    @Test
    void luSolvesRandomSystemsThatNeedPivoting() {
        Random random = new Random(20261129);
        for (int trial = 0; trial < 20; trial++) {
            int n = 1 + random.nextInt(8);
            double[] a = new double[n * n];
            double[] x = new double[n];
            for (int k = 0; k < a.length; k++) {
                a[k] = random.nextGaussian();
            }
            a[0] = 0; // forces a row exchange
            for (int i = 0; i < n; i++) {
                x[i] = random.nextGaussian();
            }
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    b[i] += a[i * n + j] * x[j];
                }
            }
            LuDecomposition lu = LuDecomposition.factor(a, n, 1e-14);
            if (n > 1) {
                assertArrayEquals(x, lu.solve(b), 1e-8, "trial " + trial);
            }
        }
    }

    @Test
    void luRefusesSingularAndNonFiniteMatrices() {
        assertNull(LuDecomposition.factor(new double[] {1, 2, 2, 4}, 2, 1e-14));
        assertNull(LuDecomposition.factor(new double[] {1, Double.NaN, 0, 1}, 2, 1e-14));
    }
}
