package io.github.cact.mirt;

import io.github.cact.internal.numerics.Cholesky;
import java.util.Arrays;
import java.util.Objects;

/**
 * The latent distribution of a multidimensional model: θ ~ N_D(0, R), zero means, unit variances and a
 * correlation matrix R that is positive definite by construction.
 *
 * <p>R = L·Lᵀ with L lower triangular whose row i is w_i / ‖w_i‖, where w_i = (v_i1, …, v_i,i−1, 1, 0, …):
 * the D(D−1)/2 free parameters v_ij (j &lt; i) are any real numbers, every row of L has unit length (so
 * R has a unit diagonal) and L has a positive diagonal (so R is positive definite). With D = 2,
 * r = v / √(1 + v²). This is the unit-row Cholesky parametrisation of a correlation matrix (Pinheiro &amp;
 * Bates 1996, Statistics and Computing 6, "Unconstrained parametrizations for variance-covariance
 * matrices", §2.3 in its spherical form). Immutable and thread-safe.
 */
public final class LatentNormal {

    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final int dimensions;
    private final double[] v;
    /** L, row-major D × D. */
    private final double[] lower;
    /** R, row-major D × D. */
    private final double[] correlation;
    /** R⁻¹, row-major D × D. */
    private final double[] precision;
    private final double logDeterminant;

    private LatentNormal(int dimensions, double[] v) {
        this.dimensions = dimensions;
        this.v = v;
        this.lower = lowerOf(dimensions, v);
        this.correlation = multiplyTransposed(lower, dimensions);
        double logDet = 0;
        for (int i = 0; i < dimensions; i++) {
            logDet += 2 * Math.log(lower[i * dimensions + i]);
        }
        this.logDeterminant = logDet;
        this.precision = inverseFromLower(lower, dimensions);
    }

    /**
     * Independent standard normal factors, R = I.
     *
     * @param dimensions D ≥ 1
     * @return the distribution
     * @throws IllegalArgumentException if D &lt; 1
     */
    public static LatentNormal independent(int dimensions) {
        if (dimensions < 1) {
            throw new IllegalArgumentException("at least one dimension is needed, got " + dimensions);
        }
        return new LatentNormal(dimensions, new double[dimensions * (dimensions - 1) / 2]);
    }

    /**
     * The distribution from its free parameters.
     *
     * @param dimensions D ≥ 1
     * @param parameters the D(D−1)/2 values v_ij, row by row (v_21, v_31, v_32, …), finite
     * @return the distribution
     * @throws IllegalArgumentException if the count is wrong or a value is not finite
     */
    public static LatentNormal ofParameters(int dimensions, double[] parameters) {
        Objects.requireNonNull(parameters, "parameters");
        if (dimensions < 1) {
            throw new IllegalArgumentException("at least one dimension is needed, got " + dimensions);
        }
        int count = dimensions * (dimensions - 1) / 2;
        if (parameters.length != count) {
            throw new IllegalArgumentException(dimensions + " dimensions have " + count
                    + " correlation parameters, got " + parameters.length);
        }
        for (int k = 0; k < count; k++) {
            if (!Double.isFinite(parameters[k])) {
                throw new IllegalArgumentException("correlation parameter " + (k + 1) + " = " + parameters[k]
                        + " is not finite");
            }
        }
        return new LatentNormal(dimensions, parameters.clone());
    }

    /**
     * The distribution with a given correlation matrix.
     *
     * @param correlations D × D, symmetric (within 1e-12), unit diagonal, positive definite
     * @return the distribution
     * @throws IllegalArgumentException if the matrix is not square, not symmetric, has a diagonal other
     *     than 1, an entry outside (−1, 1) off the diagonal, or is not positive definite; the message
     *     names the entry (1-based row and column)
     */
    public static LatentNormal ofCorrelations(double[][] correlations) {
        Objects.requireNonNull(correlations, "correlations");
        int d = correlations.length;
        if (d < 1) {
            throw new IllegalArgumentException("a correlation matrix needs at least one row");
        }
        double[] flat = new double[d * d];
        for (int i = 0; i < d; i++) {
            if (correlations[i].length != d) {
                throw new IllegalArgumentException("correlation matrix row " + (i + 1) + " has "
                        + correlations[i].length + " entries, expected " + d);
            }
            for (int j = 0; j < d; j++) {
                double r = correlations[i][j];
                String where = "correlation [" + (i + 1) + "," + (j + 1) + "] = " + r;
                if (i == j && r != 1.0) {
                    throw new IllegalArgumentException(where + " is on the diagonal, which must be 1");
                }
                if (i != j && !(Math.abs(r) < 1)) {
                    throw new IllegalArgumentException(where + " is outside the allowed range (−1, 1)");
                }
                if (Math.abs(r - correlations[j][i]) > 1e-12) {
                    throw new IllegalArgumentException(where + " differs from [" + (j + 1) + "," + (i + 1)
                            + "] = " + correlations[j][i] + "; the matrix must be symmetric");
                }
                flat[i * d + j] = r;
            }
        }
        Cholesky factor = Cholesky.factor(flat, d, 0, 1e-12);
        if (factor == null) {
            throw new IllegalArgumentException("the " + d + " × " + d
                    + " correlation matrix is not positive definite");
        }
        double[] l = factor.lower();
        double[] v = new double[d * (d - 1) / 2];
        int k = 0;
        for (int i = 1; i < d; i++) {
            for (int j = 0; j < i; j++) {
                v[k++] = l[i * d + j] / l[i * d + i];
            }
        }
        return new LatentNormal(d, v);
    }

    /**
     * Returns the number of factors.
     *
     * @return D ≥ 1
     */
    public int dimensions() {
        return dimensions;
    }

    /**
     * Returns the number of free parameters.
     *
     * @return D(D−1)/2
     */
    public int parameterCount() {
        return v.length;
    }

    /**
     * Returns the free parameters v_ij.
     *
     * @return a new array, row by row (v_21, v_31, v_32, …)
     */
    public double[] parameters() {
        return v.clone();
    }

    /**
     * Returns one correlation.
     *
     * @param i a factor, 0-based
     * @param j a factor, 0-based
     * @return r_ij (1 when i = j)
     */
    public double correlation(int i, int j) {
        return correlation[i * dimensions + j];
    }

    /**
     * Returns the correlation matrix R.
     *
     * @return a new D × D array
     */
    public double[][] correlations() {
        double[][] r = new double[dimensions][];
        for (int i = 0; i < dimensions; i++) {
            r[i] = Arrays.copyOfRange(correlation, i * dimensions, (i + 1) * dimensions);
        }
        return r;
    }

    /**
     * Returns the Cholesky factor L of R = L·Lᵀ.
     *
     * @return a new D × D row-major array, zero above the diagonal
     */
    public double[] cholesky() {
        return lower.clone();
    }

    /**
     * Returns R⁻¹.
     *
     * @return a new D × D row-major array
     */
    public double[] precision() {
        return precision.clone();
    }

    /**
     * Returns log det R.
     *
     * @return log det R ≤ 0
     */
    public double logDeterminant() {
        return logDeterminant;
    }

    /**
     * Returns log φ_D(θ; 0, R) = −½ (D log 2π + log det R + θᵀR⁻¹θ).
     *
     * @param theta D values
     * @return the log density
     */
    public double logDensity(double[] theta) {
        double q = 0;
        for (int i = 0; i < dimensions; i++) {
            double row = 0;
            for (int j = 0; j < dimensions; j++) {
                row += precision[i * dimensions + j] * theta[j];
            }
            q += theta[i] * row;
        }
        return -0.5 * (dimensions * LOG_2PI + logDeterminant + q);
    }

    /**
     * Writes θ = L·z, which maps a standard normal vector z to a draw of this distribution.
     *
     * @param z D standard normal values (not modified)
     * @param theta receives θ (modified; not the same array as z)
     */
    public void transform(double[] z, double[] theta) {
        for (int i = 0; i < dimensions; i++) {
            double s = 0;
            for (int j = 0; j <= i; j++) {
                s += lower[i * dimensions + j] * z[j];
            }
            theta[i] = s;
        }
    }

    /**
     * Writes the gradient, in the free parameters, of the complete-data log-likelihood
     * ℓ = −(n/2) log det R − ½ tr(R⁻¹ S) of n latent vectors with second-moment sum S = Σ θθᵀ. With
     * G = ½ (R⁻¹SR⁻¹ − nR⁻¹), ∂ℓ/∂L = 2GL, and row i of L is w_i/‖w_i‖, so
     * ∂ℓ/∂v_ij = Σ_k (∂ℓ/∂L_ik)(δ_kj − L_ik L_ij) / ‖w_i‖.
     *
     * @param secondMoments S, D × D row-major (not modified)
     * @param n the number of vectors (or the sum of their weights)
     * @param out receives D(D−1)/2 partial derivatives (modified)
     */
    public void gradient(double[] secondMoments, double n, double[] out) {
        int d = dimensions;
        double[] ps = new double[d * d];
        multiply(precision, secondMoments, ps, d);
        double[] g = new double[d * d];
        multiply(ps, precision, g, d);
        for (int k = 0; k < d * d; k++) {
            g[k] = 0.5 * (g[k] - n * precision[k]);
        }
        double[] dl = new double[d * d];
        multiply(g, lower, dl, d);
        int k = 0;
        for (int i = 1; i < d; i++) {
            double norm = 1 / lower[i * d + i];
            for (int j = 0; j < i; j++) {
                double s = 0;
                for (int m = 0; m <= i; m++) {
                    double lim = lower[i * d + m];
                    s += 2 * dl[i * d + m] * ((m == j ? 1 : 0) - lim * lower[i * d + j]);
                }
                out[k++] = s / norm;
            }
        }
    }

    private static double[] lowerOf(int d, double[] v) {
        double[] l = new double[d * d];
        int k = 0;
        l[0] = 1;
        for (int i = 1; i < d; i++) {
            double norm = 1;
            for (int j = 0; j < i; j++) {
                norm += v[k + j] * v[k + j];
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < i; j++) {
                l[i * d + j] = v[k + j] / norm;
            }
            l[i * d + i] = 1 / norm;
            k += i;
        }
        return l;
    }

    private static double[] multiplyTransposed(double[] l, int d) {
        double[] r = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int m = 0; m <= j; m++) {
                    s += l[i * d + m] * l[j * d + m];
                }
                r[i * d + j] = i == j ? 1.0 : s;
                r[j * d + i] = r[i * d + j];
            }
        }
        return r;
    }

    private static void multiply(double[] a, double[] b, double[] out, int d) {
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double s = 0;
                for (int m = 0; m < d; m++) {
                    s += a[i * d + m] * b[m * d + j];
                }
                out[i * d + j] = s;
            }
        }
    }

    /** (L·Lᵀ)⁻¹ = L⁻ᵀ·L⁻¹ from the lower-triangular inverse. */
    private static double[] inverseFromLower(double[] l, int d) {
        double[] inv = new double[d * d];
        for (int j = 0; j < d; j++) {
            inv[j * d + j] = 1 / l[j * d + j];
            for (int i = j + 1; i < d; i++) {
                double s = 0;
                for (int m = j; m < i; m++) {
                    s -= l[i * d + m] * inv[m * d + j];
                }
                inv[i * d + j] = s / l[i * d + i];
            }
        }
        double[] p = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int m = i; m < d; m++) {
                    s += inv[m * d + i] * inv[m * d + j];
                }
                p[i * d + j] = s;
                p[j * d + i] = s;
            }
        }
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LatentNormal other && dimensions == other.dimensions && Arrays.equals(v, other.v);
    }

    @Override
    public int hashCode() {
        return 31 * dimensions + Arrays.hashCode(v);
    }

    @Override
    public String toString() {
        return "LatentNormal[D=" + dimensions + "]";
    }
}
