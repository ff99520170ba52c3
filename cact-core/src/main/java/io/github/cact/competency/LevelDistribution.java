package io.github.cact.competency;

import java.util.Arrays;
import java.util.Objects;

/**
 * A probability distribution over the five competency levels 1..5: what a person's level is, given the
 * measurement error of θ. Built by {@link CutScores} from a posterior or a normal approximation, or given
 * directly.
 *
 * <p>Immutable and thread-safe. Equal when all five probabilities are equal.
 */
public final class LevelDistribution {

    /** The largest allowed |Σ p − 1| before the probabilities are rescaled to sum to 1 exactly. */
    public static final double SUM_TOLERANCE = 1e-6;

    private final double[] p;

    private LevelDistribution(double[] p) {
        this.p = p;
    }

    /**
     * Creates a distribution from five probabilities, rescaled by their sum so that they sum to 1.
     *
     * @param probabilities P(level 1), …, P(level 5); each finite and ≥ 0, summing to 1 within
     *     {@link #SUM_TOLERANCE}
     * @return the distribution
     * @throws IllegalArgumentException for another count, a negative or non-finite entry (naming the level)
     *     or a sum away from 1
     */
    public static LevelDistribution of(double... probabilities) {
        Objects.requireNonNull(probabilities, "probabilities");
        if (probabilities.length != Levels.COUNT) {
            throw new IllegalArgumentException("a level distribution needs " + Levels.COUNT
                    + " probabilities (levels 1..5), got " + probabilities.length);
        }
        double sum = 0;
        for (int k = 0; k < probabilities.length; k++) {
            if (!(probabilities[k] >= 0) || !Double.isFinite(probabilities[k])) {
                throw new IllegalArgumentException("P(level " + (k + 1) + ") = " + probabilities[k]
                        + " is not a probability");
            }
            sum += probabilities[k];
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("level probabilities " + Arrays.toString(probabilities)
                    + " sum to " + sum + ", not 1");
        }
        double[] copy = new double[Levels.COUNT];
        for (int k = 0; k < copy.length; k++) {
            copy[k] = probabilities[k] / sum;
        }
        return new LevelDistribution(copy);
    }

    /**
     * The distribution of a level known without error.
     *
     * @param level 1..5
     * @return probability 1 at that level
     * @throws IllegalArgumentException for a level outside 1..5
     */
    public static LevelDistribution certain(int level) {
        Levels.check(level, "certain level");
        double[] p = new double[Levels.COUNT];
        p[level - 1] = 1;
        return new LevelDistribution(p);
    }

    /** Wraps an array that already sums to 1; the caller gives up the array. */
    static LevelDistribution wrap(double[] p) {
        return new LevelDistribution(p);
    }

    /**
     * Returns the probability of one level.
     *
     * @param level 1..5
     * @return P(level)
     * @throws IllegalArgumentException for a level outside 1..5
     */
    public double probability(int level) {
        return p[Levels.check(level, "probability") - 1];
    }

    /**
     * Returns the probability of reaching a level: P(L ≥ level) = Σ_{k ≥ level} p_k.
     *
     * @param level 1..5
     * @return P(L ≥ level); 1 for level 1
     * @throws IllegalArgumentException for a level outside 1..5
     */
    public double atLeast(int level) {
        Levels.check(level, "atLeast");
        double sum = 0;
        for (int k = level - 1; k < p.length; k++) {
            sum += p[k];
        }
        return Math.min(1.0, sum);
    }

    /**
     * Returns the expected level E[L] = Σ k p_k.
     *
     * @return a value in [1, 5]
     */
    public double expectedLevel() {
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            sum += (k + 1) * p[k];
        }
        return sum;
    }

    /**
     * Returns the most probable level, the lower one on ties.
     *
     * @return 1..5
     */
    public int mostLikely() {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best + 1;
    }

    /**
     * Returns the probabilities.
     *
     * @return a new array of P(level 1), …, P(level 5)
     */
    public double[] toArray() {
        return p.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LevelDistribution d && Arrays.equals(p, d.p);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(p);
    }

    @Override
    public String toString() {
        return "LevelDistribution" + Arrays.toString(p);
    }
}
