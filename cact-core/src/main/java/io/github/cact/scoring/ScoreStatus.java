package io.github.cact.scoring;

/**
 * What an estimate is, beyond its value: every {@link AbilityEstimate} and every row of {@link Scores}
 * carries one. θ is never NaN and the standard error is never NaN in any status. Immutable.
 */
public enum ScoreStatus {
    /**
     * A regular estimate: the posterior mean and SD (EAP, EAPsum), or a converged interior solution of
     * a modal method (MAP, ML, WLE) with its standard error.
     */
    OK,
    /**
     * A modal method found no solution inside (−bound, bound) because the criterion keeps increasing
     * towards −∞: typically ML of an all-minimum pattern (the ML estimate is −∞). θ = −bound, SE = +∞
     * (no information bounds θ from below; an SE computed at the arbitrary bound would only reflect the
     * bound).
     */
    EXTREME_LOW,
    /**
     * As {@link #EXTREME_LOW} towards +∞: typically ML of an all-maximum pattern. θ = +bound, SE = +∞.
     */
    EXTREME_HIGH,
    /**
     * Every response is missing. EAP, MAP and EAPsum return the prior's mean and SD on the grid (for
     * MAP the mode of the normal prior is its mean); ML and WLE return θ = 0 and SE = +∞.
     */
    NO_RESPONSES,
    /**
     * A modal method ran out of iterations. θ is the last iterate (inside the bracket of the root), SE
     * the method's standard error there. Rare: the solver falls back to bisection, which converges.
     */
    NOT_CONVERGED
}
