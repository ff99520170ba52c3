package io.github.cact.ninebox;

/**
 * Why a person could not be placed; the first problem found, in the order performance then potential. The
 * placement's message lists every problem. The constant names are a file contract.
 */
public enum UnplacedReason {
    /** No performance input was given. */
    NO_PERFORMANCE,
    /** No potential input was given. */
    NO_POTENTIAL,
    /** A finite value lies outside its range (a score outside 0–100, a negative JPM). */
    OUT_OF_RANGE
}
