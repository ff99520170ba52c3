package io.github.cact.ninebox.matching;

import java.util.Objects;

/**
 * An eligible candidate in a position's ranking.
 *
 * @param rank the rank, 1 for the best
 * @param candidate the candidate
 * @param jpm the candidate's JPM for the position, in percent
 */
public record RankedCandidate(int rank, Candidate candidate, double jpm) {

    /**
     * Creates an entry.
     *
     * @param rank the rank
     * @param candidate the candidate
     * @param jpm the JPM
     */
    public RankedCandidate {
        Objects.requireNonNull(candidate, "candidate");
    }
}
