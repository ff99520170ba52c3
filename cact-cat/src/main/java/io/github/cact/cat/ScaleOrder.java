package io.github.cact.cat;

/** The order in which the scales of a multi-scale test receive their items. */
public enum ScaleOrder {
    /** Each next item goes to the active scale with the fewest items so far, the first listed on ties. */
    INTERLEAVED,
    /** One scale at a time, in the design's order: the next scale starts when the previous one stops. */
    SCALE_BY_SCALE
}
