package io.github.cact.mirt.scoring;

import io.github.cact.internal.numerics.NormalDistribution;

/**
 * The standard normal quantile Φ⁻¹(p): Acklam's rational approximation ({@link
 * NormalDistribution#quantileApproximation}) refined by one step of Halley's method on Φ (Acklam 2003, "An
 * algorithm for computing the inverse normal cumulative distribution function"), which brings it to double
 * precision.
 */
final class NormalQuantile {

    private NormalQuantile() {
    }

    /**
     * Returns Φ⁻¹(p).
     *
     * @param p a probability in (0, 1)
     * @return the quantile
     */
    static double of(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("a normal quantile needs p in (0, 1), got " + p);
        }
        double x = NormalDistribution.quantileApproximation(p);
        double e = (p < 0.5 ? NormalDistribution.cdf(x) - p : -(NormalDistribution.cdf(-x) - (1 - p)));
        double u = e / NormalDistribution.density(x);
        return x - u / (1 + x * u / 2);
    }
}
