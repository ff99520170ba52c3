package io.github.cact.ninebox;

/** Whether a person could be placed in the grid. The constant names are a file contract. */
public enum PlacementStatus {
    /** The person has a box. */
    PLACED,
    /** The person could not be placed; the placement gives the reason. */
    UNPLACED
}
