package io.github.cact.ninebox.matching;

/** Why a position stays unfilled. The constant names are a file contract. */
public enum UnfilledReason {
    /** No candidate meets the position's eligibility rules. */
    NO_ELIGIBLE_CANDIDATE,
    /** Every eligible candidate is assigned to another position, because that gives a larger total JPM. */
    ELIGIBLE_CANDIDATES_ASSIGNED_ELSEWHERE
}
