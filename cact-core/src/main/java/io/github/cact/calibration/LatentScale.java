package io.github.cact.calibration;

/**
 * Which moments of the latent distribution N(μ, σ²) are estimated. The grid nodes stay fixed; the prior
 * weights are the N(μ, σ²) density at the nodes, normalised, and μ, σ² maximise the expected complete-data
 * log-likelihood Σ_q n_q log w_q(μ, σ²) (mirt's treatment of the group parameters).
 */
public enum LatentScale {
    /**
     * Decide from the test: both moments free when anchor items are given; the variance free when no item
     * has a free slope (all Rasch or PCM); otherwise the quadrature's prior (N(0, 1) by default) fixed.
     */
    AUTO,
    /** μ and σ² fixed at the quadrature's prior. */
    FIXED,
    /** σ² free, μ fixed at the quadrature's prior mean (needs no free slope, or anchors). */
    FREE_VARIANCE,
    /** μ and σ² free (needs anchor items). */
    FREE_MEAN_AND_VARIANCE
}
