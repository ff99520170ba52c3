package io.github.cact.scoring;

/**
 * What an estimate is, beyond its value: every {@link AbilityEstimate} and every row of {@link Scores}
 * carries one. In every status θ is finite and the standard error is &gt; 0 (never NaN, never 0); with
 * {@link #OK} the standard error is also finite. Immutable.
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
    NOT_CONVERGED,
    /**
     * The data and the grid determine no standard error: for EAP and EAPsum the whole posterior mass
     * falls on one node of the grid (the posterior SD is below the grid's spacing; θ is that node), or
     * the likelihood underflows at every node (θ is the prior mean on the grid); for MAP, ML and WLE the
     * information at θ̂ is 0 or not finite. SE = +∞. A finer grid, or a modal method, resolves the
     * former.
     */
    UNRESOLVED
}
