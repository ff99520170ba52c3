package io.github.cact.cat;

/**
 * How θ̂ and its standard error are computed from a scale's posterior after each answer. The posterior is
 * kept on the design's quadrature grid: the prior weight of each node times the likelihood of the answers
 * so far.
 */
public enum AbilityEstimator {
    /**
     * Expected a posteriori: θ̂ = Σ θ_q π_q, SE = √(Σ (θ_q − θ̂)² π_q) with π the normalised posterior on the
     * grid (Bock &amp; Mislevy 1982). Defined for every pattern; the default.
     */
    EAP,
    /**
     * Maximum a posteriori: the mode of log L(θ) + log prior(θ), found on the grid and refined by
     * safeguarded Newton steps with the exact derivatives of the item models; SE = 1/√(−∂² log posterior),
     * or the posterior SD where ∂² log posterior is not negative.
     */
    MAP,
    /**
     * Maximum likelihood once the scale's pattern is mixed (some answer above the lowest category and some
     * below the highest); EAP before that, since the likelihood of an all-lowest or all-highest pattern has
     * no maximum. SE = 1/√(Σ I_i(θ̂)), or the posterior SD where the information is 0.
     */
    ML
}
