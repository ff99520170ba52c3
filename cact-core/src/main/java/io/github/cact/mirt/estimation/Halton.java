package io.github.cact.mirt.estimation;

import io.github.cact.internal.numerics.NormalDistribution;

/**
 * Quasi-Monte Carlo points: the Halton sequence (Halton 1960, Numerische Mathematik 2) in the first D
 * primes, skipping its first {@value #SKIP} points, each coordinate mapped to a standard normal value by
 * the inverse normal distribution function (Acklam's rational approximation, refined by one Newton step on
 * {@link NormalDistribution#cdf}).
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

    /** Φ⁻¹(p) for p in (0, 1). */
    static double inverseNormal(double p) {
        double x = NormalDistribution.quantileApproximation(p);
        double density = NormalDistribution.density(x);
        return density > 0 ? x - (NormalDistribution.cdf(x) - p) / density : x;
    }
}
