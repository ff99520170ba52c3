package io.github.cact.ctt;

import io.github.cact.internal.numerics.NormalDistribution;
import io.github.cact.irt.ItemBank;
import java.util.Objects;

/**
 * The marginal reliability of a scale's IRT scores, ρ = ∫ I(θ) / (I(θ) + 1) φ(θ) dθ with I the test
 * information and φ the N(0, 1) density, the share of the unit latent variance not lost to error averaged
 * over the population (Thissen &amp; Wainer 2001, ch. 4; mirt's {@code marginal_rxx}). The integral is taken by
 * the composite Simpson rule on [−8, 8] in steps of 0.01; beyond, φ is below 10⁻¹⁴. Stateless.
 */
public final class MarginalReliability {

    private static final double BOUND = 8;
    private static final int INTERVALS = 1600;

    private MarginalReliability() {
    }

    /**
     * The marginal reliability over θ ~ N(0, 1).
     *
     * @param scale the items of the scale
     * @return ρ in [0, 1)
     */
    public static double of(ItemBank scale) {
        Objects.requireNonNull(scale, "scale");
        double h = 2 * BOUND / INTERVALS;
        double sum = 0;
        for (int q = 0; q <= INTERVALS; q++) {
            double theta = -BOUND + q * h;
            double information = scale.testInformation(theta);
            double weight = q == 0 || q == INTERVALS ? 1 : q % 2 == 1 ? 4 : 2;
            sum += weight * information / (information + 1) * NormalDistribution.density(theta);
        }
        return sum * h / 3;
    }
}
