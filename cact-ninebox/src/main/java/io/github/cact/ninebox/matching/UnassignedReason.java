package io.github.cact.ninebox.matching;

/** Why a candidate is not assigned. The constant names are a file contract. */
public enum UnassignedReason {
    /** The candidate meets the eligibility rules of no position. */
    NOT_ELIGIBLE_ANYWHERE,
    /** Every position the candidate is eligible for is filled by another candidate (not needed). */
    ELIGIBLE_POSITIONS_FILLED
}
