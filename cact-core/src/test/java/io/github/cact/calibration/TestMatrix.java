package io.github.cact.calibration;

/**
 * A small dense matrix for the tests' reference computations, independent of the library's numerics: the
 * products and differences of the definitions, and the inverse by Gauss–Jordan elimination with partial
 * pivoting. Mutable through {@link #set} only while a test builds it.
 */
final class TestMatrix {

    private final double[][] entries;

    TestMatrix(int rows, int columns) {
        this.entries = new double[rows][columns];
    }

    int rows() {
        return entries.length;
    }

    int columns() {
        return entries[0].length;
    }

    double get(int r, int c) {
        return entries[r][c];
    }

    void set(int r, int c, double value) {
        entries[r][c] = value;
    }

    TestMatrix times(TestMatrix other) {
        TestMatrix out = new TestMatrix(rows(), other.columns());
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < other.columns(); c++) {
                double s = 0;
                for (int k = 0; k < columns(); k++) {
                    s += entries[r][k] * other.entries[k][c];
                }
                out.entries[r][c] = s;
            }
        }
        return out;
    }

    double[] times(double[] vector) {
        double[] out = new double[rows()];
        for (int r = 0; r < rows(); r++) {
            for (int k = 0; k < columns(); k++) {
                out[r] += entries[r][k] * vector[k];
            }
        }
        return out;
    }

    TestMatrix minus(TestMatrix other) {
        TestMatrix out = new TestMatrix(rows(), columns());
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns(); c++) {
                out.entries[r][c] = entries[r][c] - other.entries[r][c];
            }
        }
        return out;
    }

    TestMatrix transpose() {
        TestMatrix out = new TestMatrix(columns(), rows());
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns(); c++) {
                out.entries[c][r] = entries[r][c];
            }
        }
        return out;
    }

    /** The inverse of a square non-singular matrix by Gauss–Jordan elimination on [A | I]. */
    TestMatrix inverse() {
        int n = rows();
        double[][] a = new double[n][];
        TestMatrix inverse = new TestMatrix(n, n);
        for (int r = 0; r < n; r++) {
            a[r] = entries[r].clone();
            inverse.entries[r][r] = 1;
        }
        double[][] b = inverse.entries;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (a[pivot][col] == 0) {
                throw new IllegalArgumentException("singular matrix");
            }
            double[] t = a[pivot];
            a[pivot] = a[col];
            a[col] = t;
            t = b[pivot];
            b[pivot] = b[col];
            b[col] = t;
            double d = a[col][col];
            for (int k = 0; k < n; k++) {
                a[col][k] /= d;
                b[col][k] /= d;
            }
            for (int r = 0; r < n; r++) {
                double f = a[r][col];
                if (r != col && f != 0) {
                    for (int k = 0; k < n; k++) {
                        a[r][k] -= f * a[col][k];
                        b[r][k] -= f * b[col][k];
                    }
                }
            }
        }
        return inverse;
    }

    static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }
}
