package io.github.cact.ninebox.matching;

import java.util.Objects;

/**
 * A position left unfilled by an assignment.
 *
 * @param position the position
 * @param reason why it is unfilled
 */
public record UnfilledPosition(Position position, UnfilledReason reason) {

    /**
     * Creates an entry.
     *
     * @param position the position
     * @param reason the reason
     */
    public UnfilledPosition {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(reason, "reason");
    }
}
