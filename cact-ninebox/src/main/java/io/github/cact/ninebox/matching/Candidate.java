package io.github.cact.ninebox.matching;

import io.github.cact.ninebox.BoxResult;
import io.github.cact.ninebox.Placement;
import java.util.Objects;

/**
 * A candidate for a position: id, talent score and nine-box box. Immutable and thread-safe.
 */
public final class Candidate {

    private final String id;
    private final double talentScore;
    private final int box;

    private Candidate(String id, double talentScore, int box) {
        this.id = id;
        this.talentScore = talentScore;
        this.box = box;
    }

    /**
     * Creates a candidate.
     *
     * @param id the person id, not blank
     * @param talentScore the talent score, 0–100
     * @param box the box number, 1–9, in the numbering that positions use for their allowed boxes
     * @return the candidate
     * @throws IllegalArgumentException if the id is blank, the talent score is NaN or outside 0–100, or the box
     *     is outside 1–9; the message names the candidate
     */
    public static Candidate of(String id, double talentScore, int box) {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("candidate id is blank: '" + id + "'");
        }
        if (!(talentScore >= 0 && talentScore <= 100)) {
            throw new IllegalArgumentException("candidate '" + id + "': talentScore = " + talentScore
                    + " is outside [0, 100]");
        }
        if (box < 1 || box > 9) {
            throw new IllegalArgumentException("candidate '" + id + "': box = " + box + " is outside 1-9");
        }
        return new Candidate(id, talentScore + 0.0, box);
    }

    /**
     * Creates a candidate from a placement.
     *
     * @param placement a placed person
     * @return the candidate with the person's id, talent score and box
     * @throws IllegalArgumentException if the person is not placed; the message names the person
     */
    public static Candidate of(Placement placement) {
        Objects.requireNonNull(placement, "placement");
        BoxResult g = placement.result().orElseThrow(() -> new IllegalArgumentException(
                "person '" + placement.personId() + "' is not placed and cannot be a candidate"));
        return of(placement.personId(), g.talentScore(), g.box());
    }

    /**
     * Returns the id.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the talent score.
     *
     * @return 0–100
     */
    public double talentScore() {
        return talentScore;
    }

    /**
     * Returns the box number.
     *
     * @return 1–9
     */
    public int box() {
        return box;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Candidate other && id.equals(other.id)
                && Double.compare(talentScore, other.talentScore) == 0 && box == other.box;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, talentScore, box);
    }

    @Override
    public String toString() {
        return "Candidate[" + id + ", talentScore=" + talentScore + ", box=" + box + "]";
    }
}
