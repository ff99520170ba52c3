package io.github.cact.calibration;

import io.github.cact.internal.numerics.Cholesky;
import io.github.cact.internal.numerics.LuDecomposition;

/** Small dense linear algebra on flat row-major arrays. Stateless. */
final class Dense {

    private Dense() {
    }

    /**
     * Solves A x = b for a symmetric positive-definite A by Cholesky, adding a growing ridge to the
     * diagonal until the factorisation succeeds.
     *
     * @param a n × n, row-major (not modified)
     * @param b n (not modified)
     * @param n the size
     * @return x, or null if no ridge helped
     */
    static double[] solveSpd(double[] a, double[] b, int n) {
        double scale = 0;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, Math.abs(a[i * n + i]));
        }
        if (!(scale > 0) || !Double.isFinite(scale)) {
            scale = 1;
        }
        double ridge = 0;
        for (int attempt = 0; attempt < 30; attempt++) {
            Cholesky cholesky = Cholesky.factor(a, n, ridge, 0);
            if (cholesky != null) {
                return cholesky.solve(b);
            }
            ridge = ridge == 0 ? 1e-10 * scale : ridge * 10;
        }
        return null;
    }

    /**
     * Inverts a symmetric matrix by LU decomposition with partial pivoting; the result is symmetrised.
     *
     * @param a n × n row-major (not modified)
     * @param n the size
     * @return the inverse, or null if a pivot falls below 1e-14 or an entry is not finite
     */
    static double[] inverse(double[] a, int n) {
        LuDecomposition lu = LuDecomposition.factor(a, n, 1e-14);
        if (lu == null) {
            return null;
        }
        double[] inv = lu.inverse();
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i * n + j] = 0.5 * (inv[i * n + j] + inv[j * n + i]);
            }
        }
        return out;
    }
}
