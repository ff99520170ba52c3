package io.github.cact.ninebox.matching;

import java.util.Objects;

/**
 * One pair of an assignment.
 *
 * @param position the position
 * @param candidate the candidate assigned to it
 * @param jpm the candidate's JPM for the position, in percent
 */
public record Match(Position position, Candidate candidate, double jpm) {

    /**
     * Creates a pair.
     *
     * @param position the position
     * @param candidate the candidate
     * @param jpm the JPM
     */
    public Match {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(candidate, "candidate");
    }
}
