package io.github.cact.mirt.estimation;

import io.github.cact.internal.numerics.NormalDistribution;

/**
 * Quasi-Monte Carlo points: the Halton sequence (Halton 1960, Numerische Mathematik 2) in the first D
 * primes, skipping its first {@value #SKIP} points, each coordinate mapped to a standard normal value by
 * the inverse normal distribution function (Acklam's rational approximation refined by one Newton step on
 * {@link NormalDistribution#cdf}, relative error below 1e-15).
 */
final class Halton {

    static final int SKIP = 20;

    private static final int[] PRIMES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67,
        71, 73, 79, 83, 89, 97, 101, 103, 107, 109, 113};

    private Halton() {
    }

    /** The largest dimension supported. */
    static int maxDimensions() {
        return PRIMES.length;
    }

    /**
     * Uniform points.
     *
     * @return count × dimensions values in (0, 1), point-major
     */
    static double[] uniform(int count, int dimensions) {
        if (dimensions > PRIMES.length) {
            throw new IllegalArgumentException("at most " + PRIMES.length + " dimensions are supported, got "
                    + dimensions);
        }
        double[] u = new double[count * dimensions];
        for (int q = 0; q < count; q++) {
            for (int d = 0; d < dimensions; d++) {
                u[q * dimensions + d] = radicalInverse(q + 1 + SKIP, PRIMES[d]);
            }
        }
        return u;
    }

    /**
     * Standard normal points.
     *
     * @return count × dimensions values, point-major
     */
    static double[] normal(int count, int dimensions) {
        double[] z = uniform(count, dimensions);
        for (int k = 0; k < z.length; k++) {
            z[k] = inverseNormal(z[k]);
        }
        return z;
    }

    private static double radicalInverse(int n, int base) {
        double inverse = 1.0 / base;
        double factor = inverse;
        double value = 0;
        while (n > 0) {
            value += (n % base) * factor;
            n /= base;
            factor *= inverse;
        }
        return value;
    }

    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};

    /** Φ⁻¹(p) for p in (0, 1). */
    static double inverseNormal(double p) {
        double x;
        if (p < 0.02425) {
            double q = Math.sqrt(-2 * Math.log(p));
            x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        } else if (p <= 1 - 0.02425) {
            double q = p - 0.5;
            double r = q * q;
            x = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                    / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
        } else {
            double q = Math.sqrt(-2 * Math.log1p(-p));
            x = -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        double density = NormalDistribution.density(x);
        return density > 0 ? x - (NormalDistribution.cdf(x) - p) / density : x;
    }
}
