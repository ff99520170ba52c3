package io.github.cact.ninebox.matching;

import java.util.Objects;

/**
 * A candidate left without a position by an assignment.
 *
 * @param candidate the candidate
 * @param reason why the candidate is not assigned
 */
public record UnassignedCandidate(Candidate candidate, UnassignedReason reason) {

    /**
     * Creates an entry.
     *
     * @param candidate the candidate
     * @param reason the reason
     */
    public UnassignedCandidate {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(reason, "reason");
    }
}
