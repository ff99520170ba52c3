package io.github.cact.cat.simulation;

/**
 * How a simulation turns a person's answers on a scale into the reported level, the same rule for the
 * adaptive test and the fixed form (docs/cat-simulation.md#levels).
 */
public enum LevelRule {
    /**
     * The level of the estimate θ̂ (the posterior mean), or the level the adaptive test's SPRT decided; the
     * default.
     */
    ESTIMATE,
    /**
     * The most probable level of the posterior on the design's grid (the lower on ties); with a standard
     * level S, the decision "level ≥ S" when P(level ≥ S) ≥ ½. The Bayes rule: it maximises the expected
     * share of correct levels given the answers (e.g. Rudner 2001; van der Linden &amp; Glas 2010).
     */
    MOST_PROBABLE
}
