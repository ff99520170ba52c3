package io.github.cact.cat;

/** Why a scale stopped, in the order of precedence used when several hold. */
public enum StopReason {
    /** The scale has its maximum number of items. */
    MAX_ITEMS,
    /** The scale has its minimum and its standard error is at most the threshold. */
    STANDARD_ERROR,
    /** The scale has its minimum and its classification is decided. */
    CLASSIFIED,
    /**
     * No free item of the scale is left: each is given, set aside by Sympson–Hetter, an enemy of a given
     * item, or in a together set of which a member is taken.
     */
    POOL_EXHAUSTED,
    /**
     * The test's total maximum, less the room kept for the other scales' unmet minimums, leaves no room for
     * the scale's free items.
     */
    TOTAL_MAX_ITEMS
}
