package io.github.cact.ninebox.matching;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A one-to-one assignment of candidates to positions with the largest total JPM under the eligibility rules,
 * and what it leaves over: unfilled positions and unassigned candidates, each with its reason. Every input
 * position is either matched or unfilled, every input candidate either matched or unassigned. Immutable and
 * thread-safe.
 */
public final class Assignment {

    private final List<Match> matches;
    private final List<UnfilledPosition> unfilled;
    private final List<UnassignedCandidate> unassigned;
    private final double totalJpm;

    Assignment(List<Match> matches, List<UnfilledPosition> unfilled, List<UnassignedCandidate> unassigned) {
        this.matches = List.copyOf(matches);
        this.unfilled = List.copyOf(unfilled);
        this.unassigned = List.copyOf(unassigned);
        double total = 0;
        for (Match m : this.matches) {
            total += m.jpm();
        }
        this.totalJpm = total;
    }

    /**
     * Returns the matched pairs, in the input order of the positions.
     *
     * @return an unmodifiable list
     */
    public List<Match> matches() {
        return matches;
    }

    /**
     * Returns the sum of the JPM of the matched pairs.
     *
     * @return the total JPM, in percent points
     */
    public double totalJpm() {
        return totalJpm;
    }

    /**
     * Returns the unfilled positions, in input order.
     *
     * @return an unmodifiable list
     */
    public List<UnfilledPosition> unfilledPositions() {
        return unfilled;
    }

    /**
     * Returns the unassigned candidates, in input order.
     *
     * @return an unmodifiable list
     */
    public List<UnassignedCandidate> unassignedCandidates() {
        return unassigned;
    }

    /**
     * Returns the candidate assigned to a position.
     *
     * @param positionId the position id
     * @return the candidate, or empty when the position is unfilled or unknown
     */
    public Optional<Candidate> candidateFor(String positionId) {
        Objects.requireNonNull(positionId, "positionId");
        return matches.stream().filter(m -> m.position().id().equals(positionId)).map(Match::candidate).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Assignment other && matches.equals(other.matches) && unfilled.equals(other.unfilled)
                && unassigned.equals(other.unassigned);
    }

    @Override
    public int hashCode() {
        return Objects.hash(matches, unfilled, unassigned);
    }

    @Override
    public String toString() {
        return "Assignment[" + matches.size() + " matches, totalJpm=" + totalJpm + ", " + unfilled.size()
                + " unfilled, " + unassigned.size() + " unassigned]";
    }
}
