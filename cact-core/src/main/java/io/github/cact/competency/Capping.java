package io.github.cact.competency;

/**
 * How a surplus above the standard counts in JPM; agencies differ (docs/regulations.md#job-person-match), so it
 * is a choice.
 */
public enum Capping {
    /** No capping, the default: JPM = Σ L_i / Σ S_i × 100, which may exceed 100. */
    NONE,
    /** The total is capped: JPM = min(100, Σ L_i / Σ S_i × 100). */
    TOTAL,
    /** Each competency is capped at its standard: JPM = Σ min(L_i, S_i) / Σ S_i × 100 ≤ 100. */
    PER_COMPETENCY
}
