package io.github.cact.mirt.scoring;

/**
 * The first n points of the D-dimensional Halton sequence, mapped to standard normal vectors: coordinate
 * j of point i is the radical inverse of i + 1 in the j-th prime base (Halton 1960, "On the efficiency of
 * certain quasi-random sequences of points in evaluating multi-dimensional integrals", Numer. Math. 2,
 * 84–90), then Φ⁻¹ of it. Index 0, the origin, is skipped, so every coordinate is in (0, 1). Deterministic
 * and immutable.
 */
final class HaltonPoints {

    private static final int[] PRIMES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67,
        71, 73, 79, 83, 89, 97};

    /** The largest dimension supported. */
    static final int MAX_DIMENSIONS = PRIMES.length;

    private HaltonPoints() {
    }

    /**
     * Returns the radical inverse of an index in a base: its base-b digits mirrored behind the point.
     *
     * @param index ≥ 0
     * @param base ≥ 2
     * @return the radical inverse, in [0, 1)
     */
    static double radicalInverse(long index, int base) {
        double result = 0;
        double scale = 1.0 / base;
        long rest = index;
        while (rest > 0) {
            result += (rest % base) * scale;
            rest /= base;
            scale /= base;
        }
        return result;
    }

    /**
     * Returns n standard normal points.
     *
     * @param n the number of points, ≥ 1
     * @param dimensions D, in 1..{@link #MAX_DIMENSIONS}
     * @return n × D values, row-major
     */
    static double[] normal(int n, int dimensions) {
        if (dimensions < 1 || dimensions > MAX_DIMENSIONS) {
            throw new IllegalArgumentException("Halton points support 1 to " + MAX_DIMENSIONS + " dimensions, got "
                    + dimensions);
        }
        double[] z = new double[n * dimensions];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < dimensions; j++) {
                z[i * dimensions + j] = NormalQuantile.of(radicalInverse(i + 1L, PRIMES[j]));
            }
        }
        return z;
    }
}
