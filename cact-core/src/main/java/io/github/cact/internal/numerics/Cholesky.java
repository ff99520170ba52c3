package io.github.cact.internal.numerics;

/**
 * The Cholesky factorisation A = L·Lᵀ of a symmetric positive-definite matrix, by the row-by-row
 * (Cholesky–Banachiewicz) algorithm, and solves with it by forward and back substitution (Golub &amp; Van
 * Loan 2013, Matrix Computations, 4th ed., §4.2). Matrices are flat row-major arrays; only the lower
 * triangle of A is read. Immutable once made.
 */
public final class Cholesky {

    private final int n;
    /** L, n × n row-major, zero above the diagonal. */
    private final double[] l;

    private Cholesky(int n, double[] l) {
        this.n = n;
        this.l = l;
    }

    /**
     * Factorises A + shift·I.
     *
     * @param a n × n row-major, symmetric (lower triangle read; not modified)
     * @param n the size
     * @param shift added to the diagonal (0 for A itself)
     * @param minPivot a pivot (the squared diagonal of L before its root) at or below this, or not
     *        finite, means the matrix is not positive definite enough
     * @return the factorisation, or null when a pivot fails
     */
    public static Cholesky factor(double[] a, int n, double shift, double minPivot) {
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i * n + j] + (i == j ? shift : 0);
                for (int k = 0; k < j; k++) {
                    s -= l[i * n + k] * l[j * n + k];
                }
                if (i == j) {
                    if (!(s > minPivot) || !Double.isFinite(s)) {
                        return null;
                    }
                    l[i * n + i] = Math.sqrt(s);
                } else {
                    l[i * n + j] = s / l[j * n + j];
                }
            }
        }
        return new Cholesky(n, l);
    }

    /**
     * x with A x = b.
     *
     * @param b n values (not modified)
     * @return x, a new array
     */
    public double[] solve(double[] b) {
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

    /**
     * The factor L.
     *
     * @return n × n row-major, zero above the diagonal, a copy
     */
    public double[] lower() {
        return l.clone();
    }
}
