package io.github.cact.cat;

/** Why a scale stopped, in the order of precedence used when several hold. */
public enum StopReason {
    /** The scale has its maximum number of items. */
    MAX_ITEMS,
    /** The scale has its minimum and its standard error is at most the threshold. */
    STANDARD_ERROR,
    /** The scale has its minimum and its classification is decided. */
    CLASSIFIED,
    /** No eligible item of the scale is left (all given, enemies of given items, or not fitting). */
    POOL_EXHAUSTED,
    /** The test reached its total maximum before the scale stopped otherwise. */
    TOTAL_MAX_ITEMS
}
