package io.github.cact.internal.numerics;

/**
 * The LU factorisation P·A = L·U with partial pivoting (Doolittle's form by Gaussian elimination, the
 * largest remaining entry of each column as pivot), and solves and the inverse from it (Golub &amp; Van
 * Loan 2013, Matrix Computations, 4th ed., §3.4). Matrices are flat row-major arrays. Immutable once made.
 */
public final class LuDecomposition {

    private final int n;
    /** L below the diagonal (unit diagonal implied) and U on and above it, row-major. */
    private final double[] lu;
    /** Row i of the factors is row pivot[i] of A. */
    private final int[] pivot;

    private LuDecomposition(int n, double[] lu, int[] pivot) {
        this.n = n;
        this.lu = lu;
        this.pivot = pivot;
    }

    /**
     * Factorises A.
     *
     * @param a n × n row-major (not modified)
     * @param n the size
     * @param singularityThreshold a pivot whose magnitude is below this means the matrix is singular
     * @return the factorisation, or null when A is singular or has a non-finite entry
     */
    public static LuDecomposition factor(double[] a, int n, double singularityThreshold) {
        double[] lu = a.clone();
        int[] pivot = new int[n];
        for (int i = 0; i < n; i++) {
            pivot[i] = i;
        }
        for (int k = 0; k < lu.length; k++) {
            if (!Double.isFinite(lu[k])) {
                return null;
            }
        }
        for (int col = 0; col < n; col++) {
            int best = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(lu[row * n + col]) > Math.abs(lu[best * n + col])) {
                    best = row;
                }
            }
            if (!(Math.abs(lu[best * n + col]) >= singularityThreshold)) {
                return null;
            }
            if (best != col) {
                for (int k = 0; k < n; k++) {
                    double t = lu[best * n + k];
                    lu[best * n + k] = lu[col * n + k];
                    lu[col * n + k] = t;
                }
                int t = pivot[best];
                pivot[best] = pivot[col];
                pivot[col] = t;
            }
            double diagonal = lu[col * n + col];
            for (int row = col + 1; row < n; row++) {
                double factor = lu[row * n + col] / diagonal;
                lu[row * n + col] = factor;
                subtractMultiple(lu, row * n, col * n, factor, col + 1, n);
            }
        }
        return new LuDecomposition(n, lu, pivot);
    }

    /**
     * x with A x = b.
     *
     * @param b n values (not modified)
     * @return x, a new array
     */
    public double[] solve(double[] b) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = subtractProducts(b[pivot[i]], lu, i * n, x, 0, i);
        }
        for (int i = n - 1; i >= 0; i--) {
            x[i] = subtractProducts(x[i], lu, i * n, x, i + 1, n) / lu[i * n + i];
        }
        return x;
    }

    /*
     * The inner loops sit in methods of their own: called n times per pass, they are compiled early as whole
     * methods, where a factorisation or solve of a large matrix would otherwise be compiled on stack
     * replacement for its one long pass, at each tier, before being compiled whole.
     */

    /** {@code a[to + k] -= factor · a[from + k]} for k = lo..n−1. */
    private static void subtractMultiple(double[] a, int to, int from, double factor, int lo, int n) {
        for (int k = lo; k < n; k++) {
            a[to + k] -= factor * a[from + k];
        }
    }

    /** s − Σ_{k = lo..hi−1} lu[row + k] · x[k], subtracted in order of k. */
    private static double subtractProducts(double s, double[] lu, int row, double[] x, int lo, int hi) {
        double r = s;
        for (int k = lo; k < hi; k++) {
            r -= lu[row + k] * x[k];
        }
        return r;
    }

    /**
     * A⁻¹, column by column from the unit vectors.
     *
     * @return n × n row-major, a new array
     */
    public double[] inverse() {
        double[] inverse = new double[n * n];
        double[] unit = new double[n];
        for (int j = 0; j < n; j++) {
            unit[j] = 1;
            double[] column = solve(unit);
            unit[j] = 0;
            for (int i = 0; i < n; i++) {
                inverse[i * n + j] = column[i];
            }
        }
        return inverse;
    }
}
