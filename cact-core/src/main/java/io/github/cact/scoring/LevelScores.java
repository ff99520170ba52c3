package io.github.cact.scoring;

import java.util.Arrays;
import java.util.Objects;

/**
 * Abilities together with each examinee's posterior probabilities of the levels that cut scores define,
 * both from one pass over each examinee's posterior ({@link Scorer#scoreLevels}). Level 0 is θ &lt; c_1,
 * level k is c_k ≤ θ &lt; c_{k+1}; P(level k | x) = Σ_{q in level k} w_q / Σ_q w_q over the normalised
 * posterior weights w_q on the grid (the division by Σ_q w_q, 1 up to rounding, makes each row sum to 1 as
 * the competency package's level probabilities do). Immutable and thread-safe.
 */
public final class LevelScores {

    private final Scores scores;
    private final int levels;
    private final double[] probabilities;

    LevelScores(Scores scores, int levels, double[] probabilities) {
        this.scores = scores;
        this.levels = levels;
        this.probabilities = probabilities;
    }

    /**
     * Returns the abilities, by the scorer's method.
     *
     * @return the scores, one per examinee in row order
     */
    public Scores scores() {
        return scores;
    }

    /**
     * Returns the number of levels: the number of cuts plus one.
     *
     * @return m + 1
     */
    public int levels() {
        return levels;
    }

    /**
     * Returns one examinee's probability of one level.
     *
     * @param examinee the 0-based row
     * @param level the 0-based level
     * @return P(level | x)
     * @throws IndexOutOfBoundsException if the row or level is out of range
     */
    public double probability(int examinee, int level) {
        Objects.checkIndex(examinee, scores.size());
        Objects.checkIndex(level, levels);
        return probabilities[examinee * levels + level];
    }

    /**
     * Returns one examinee's level probabilities.
     *
     * @param examinee the 0-based row
     * @return a new array of m + 1 probabilities summing to 1
     * @throws IndexOutOfBoundsException if the row is out of range
     */
    public double[] probabilities(int examinee) {
        Objects.checkIndex(examinee, scores.size());
        return Arrays.copyOfRange(probabilities, examinee * levels, (examinee + 1) * levels);
    }

    @Override
    public String toString() {
        return "LevelScores[" + scores.size() + " examinees, " + levels + " levels]";
    }
}
