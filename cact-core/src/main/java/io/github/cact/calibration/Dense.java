package io.github.cact.calibration;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

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
        double[] l = new double[n * n];
        for (int attempt = 0; attempt < 30; attempt++) {
            if (cholesky(a, n, ridge, l)) {
                double[] y = new double[n];
                for (int i = 0; i < n; i++) {
                    double s = b[i];
                    for (int k = 0; k < i; k++) {
                        s -= l[i * n + k] * y[k];
                    }
                    y[i] = s / l[i * n + i];
                }
                double[] x = new double[n];
                for (int i = n - 1; i >= 0; i--) {
                    double s = y[i];
                    for (int k = i + 1; k < n; k++) {
                        s -= l[k * n + i] * x[k];
                    }
                    x[i] = s / l[i * n + i];
                }
                return x;
            }
            ridge = ridge == 0 ? 1e-10 * scale : ridge * 10;
        }
        return null;
    }

    private static boolean cholesky(double[] a, int n, double ridge, double[] l) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i * n + j] + (i == j ? ridge : 0);
                for (int k = 0; k < j; k++) {
                    s -= l[i * n + k] * l[j * n + k];
                }
                if (i == j) {
                    if (!(s > 0) || !Double.isFinite(s)) {
                        return false;
                    }
                    l[i * n + i] = Math.sqrt(s);
                } else {
                    l[i * n + j] = s / l[j * n + j];
                }
            }
        }
        return true;
    }

    /**
     * Inverts a symmetric matrix by LU decomposition.
     *
     * @param a n × n row-major (not modified)
     * @param n the size
     * @return the inverse, or null if singular or not finite
     */
    static double[] inverse(double[] a, int n) {
        RealMatrix m = new Array2DRowRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(a[i * n + j])) {
                    return null;
                }
                m.setEntry(i, j, a[i * n + j]);
            }
        }
        LUDecomposition lu = new LUDecomposition(m, 1e-14);
        if (!lu.getSolver().isNonSingular()) {
            return null;
        }
        RealMatrix inv = lu.getSolver().getInverse();
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i * n + j] = 0.5 * (inv.getEntry(i, j) + inv.getEntry(j, i));
            }
        }
        return out;
    }
}
