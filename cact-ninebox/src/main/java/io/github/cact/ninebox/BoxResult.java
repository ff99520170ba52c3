package io.github.cact.ninebox;

import io.github.cact.scoring.DiscreteDistribution;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a placed person lands: box, cell and axis levels, axis scores, talent score, recommended follow-ups,
 * and the probability of each box.
 *
 * <p>When the inputs carry no measurement error the box has probability 1. When they do (a score or JPM
 * given as a {@link DiscreteDistribution}), the box is the most probable one, the probabilities come from the
 * distributions (performance and potential independent), the axis scores and the talent score are expected
 * values, and {@link #nearBoundary()} tells when the most probable box has a probability below the
 * configured threshold. Ties between equally probable levels go to the lower level, so that uncertainty
 * never promotes. Immutable and thread-safe.
 */
public final class BoxResult {

    private final int box;
    private final Cell cell;
    private final PerformancePredicate predicate;
    private final double performanceScore;
    private final double potentialScore;
    private final double talentScore;
    private final List<FollowUp> followUps;
    private final double[] performanceLevelProbabilities;
    private final double[] potentialLevelProbabilities;
    /** Indexed by box number minus one. */
    private final double[] boxProbabilities;
    private final boolean uncertain;
    private final boolean nearBoundary;

    BoxResult(BoxNumbering numbering, Cell cell, PerformancePredicate predicate, double performanceScore,
            double potentialScore, double talentScore, List<FollowUp> followUps, double[] performanceLevelProbabilities,
            double[] potentialLevelProbabilities, boolean uncertain, double nearBoundaryThreshold) {
        this.box = numbering.box(cell);
        this.cell = cell;
        this.predicate = predicate;
        this.performanceScore = performanceScore;
        this.potentialScore = potentialScore;
        this.talentScore = talentScore;
        this.followUps = followUps;
        this.performanceLevelProbabilities = performanceLevelProbabilities;
        this.potentialLevelProbabilities = potentialLevelProbabilities;
        this.boxProbabilities = new double[9];
        for (Cell c : Cell.all()) {
            boxProbabilities[numbering.box(c) - 1] = performanceLevelProbabilities[c.performance().ordinal()]
                    * potentialLevelProbabilities[c.potential().ordinal()];
        }
        this.uncertain = uncertain;
        this.nearBoundary = boxProbabilities[box - 1] < nearBoundaryThreshold;
    }

    /**
     * Returns the box number in the configured numbering.
     *
     * @return 1 to 9
     */
    public int box() {
        return box;
    }

    /**
     * Returns the cell.
     *
     * @return the cell
     */
    public Cell cell() {
        return cell;
    }

    /**
     * Returns the performance level.
     *
     * @return the level
     */
    public AxisLevel performanceLevel() {
        return cell.performance();
    }

    /**
     * Returns the potential level.
     *
     * @return the level
     */
    public AxisLevel potentialLevel() {
        return cell.potential();
    }

    /**
     * Returns the performance predicate, when performance was given as SKP ratings or as a predicate.
     *
     * @return the predicate, or empty for a numeric performance score
     */
    public Optional<PerformancePredicate> performancePredicate() {
        return Optional.ofNullable(predicate);
    }

    /**
     * Returns the 0–100 performance score used in the talent score: the given score (its mean for a
     * distribution), the configured score of the predicate, or, with a reinforcing score, their composition
     * by the configured {@link PerformanceWeights}.
     *
     * @return the performance score
     */
    public double performanceScore() {
        return performanceScore;
    }

    /**
     * Returns the 0–100 potential score: the given score or the composition (its expected value under
     * measurement error).
     *
     * @return the potential score
     */
    public double potentialScore() {
        return potentialScore;
    }

    /**
     * Returns the talent score {@code w_perf · performanceScore + w_pot · potentialScore}.
     *
     * @return the talent score, 0–100
     */
    public double talentScore() {
        return talentScore;
    }

    /**
     * Returns the recommended follow-ups of the cell.
     *
     * @return an unmodifiable list
     */
    public List<FollowUp> followUps() {
        return followUps;
    }

    /**
     * Returns the probability that the person belongs in a box.
     *
     * @param box the box number, 1 to 9, in the configured numbering
     * @return the probability; the nine sum to 1
     * @throws IllegalArgumentException if box is outside 1–9
     */
    public double boxProbability(int box) {
        return boxProbabilities[BoxNumbering.checkBox(box) - 1];
    }

    /**
     * Returns the probability of a performance level.
     *
     * @param level the level
     * @return the probability
     */
    public double performanceLevelProbability(AxisLevel level) {
        return performanceLevelProbabilities[Objects.requireNonNull(level, "level").ordinal()];
    }

    /**
     * Returns the probability of a potential level.
     *
     * @param level the level
     * @return the probability
     */
    public double potentialLevelProbability(AxisLevel level) {
        return potentialLevelProbabilities[Objects.requireNonNull(level, "level").ordinal()];
    }

    /**
     * Tells whether an input carried measurement error (a distribution with more than one value).
     *
     * @return true if the box probabilities come from distributions
     */
    public boolean uncertain() {
        return uncertain;
    }

    /**
     * Tells whether the probability of the box is below the configured near-boundary threshold.
     *
     * @return true if a human reviewer should look at the box probabilities
     */
    public boolean nearBoundary() {
        return nearBoundary;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BoxResult other && box == other.box && cell.equals(other.cell)
                && predicate == other.predicate
                && Double.compare(performanceScore, other.performanceScore) == 0
                && Double.compare(potentialScore, other.potentialScore) == 0
                && Double.compare(talentScore, other.talentScore) == 0
                && followUps.equals(other.followUps)
                && Arrays.equals(performanceLevelProbabilities, other.performanceLevelProbabilities)
                && Arrays.equals(potentialLevelProbabilities, other.potentialLevelProbabilities)
                && uncertain == other.uncertain && nearBoundary == other.nearBoundary;
    }

    @Override
    public int hashCode() {
        return Objects.hash(box, predicate, performanceScore, potentialScore, talentScore, followUps,
                Arrays.hashCode(performanceLevelProbabilities), Arrays.hashCode(potentialLevelProbabilities),
                uncertain, nearBoundary);
    }

    @Override
    public String toString() {
        return "BoxResult[box=" + box + ", performance=" + cell.performance() + ", potential=" + cell.potential()
                + (predicate == null ? "" : ", predicate=" + predicate) + ", performanceScore=" + performanceScore
                + ", potentialScore=" + potentialScore + ", talentScore=" + talentScore + ", followUps=" + followUps
                + ", boxProbabilities=" + Arrays.toString(boxProbabilities) + ", nearBoundary=" + nearBoundary + "]";
    }
}
