package io.github.cact.competency;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * The four θ cut scores c₁ &lt; c₂ &lt; c₃ &lt; c₄ that split one competency's θ scale into levels 1..5:
 * level(θ) = 1 + #{k : θ ≥ c_k}. So θ &lt; c₁ is level 1, c₄ ≤ θ is level 5, and <b>a θ equal to a cut
 * belongs to the upper level</b> (a person exactly at the cut has reached it).
 *
 * <p>Cuts are given directly ({@link #of}), derived by the Bookmark method ({@link Bookmark#cutScores}),
 * or mapped from a summed-score table through the test characteristic curve
 * ({@link #fromSummedScores}). Immutable and thread-safe. Equal when competency and cuts are equal.
 */
public final class CutScores {

    private final String competency;
    private final double[] cuts;

    private CutScores(String competency, double[] cuts) {
        this.competency = competency;
        this.cuts = cuts;
    }

    /**
     * Creates the cut scores of a competency.
     *
     * @param competency the competency code
     * @param cuts c₁, c₂, c₃, c₄: four finite, strictly increasing θ values
     * @return the cut scores
     * @throws IllegalArgumentException for another count, a non-finite cut, or a cut not above the
     *     previous one; the message names the competency and the cut
     */
    public static CutScores of(String competency, double... cuts) {
        Objects.requireNonNull(competency, "competency");
        Objects.requireNonNull(cuts, "cuts");
        if (cuts.length != Levels.COUNT - 1) {
            throw new IllegalArgumentException("competency '" + competency + "': needs " + (Levels.COUNT - 1)
                    + " cut scores (levels 1..5), got " + cuts.length);
        }
        for (int k = 0; k < cuts.length; k++) {
            if (!Double.isFinite(cuts[k])) {
                throw new IllegalArgumentException("competency '" + competency + "': cut " + (k + 1) + " = "
                        + cuts[k] + " is not finite");
            }
            if (k > 0 && !(cuts[k] > cuts[k - 1])) {
                throw new IllegalArgumentException("competency '" + competency + "': cut scores must increase, but cut "
                        + (k + 1) + " = " + cuts[k] + " is not above cut " + k + " = " + cuts[k - 1]);
            }
        }
        return new CutScores(competency, cuts.clone());
    }

    /**
     * Maps summed-score cuts to θ cuts through the test characteristic curve: c_k is the θ at which the
     * expected summed score reaches x_k, TCC(c_k) = x_k (solved by Brent's method on [−20, 20]). A person
     * whose summed score is at least x_k is at level k + 1 or above.
     *
     * @param competency the competency code
     * @param testCharacteristicCurve θ ↦ expected summed score Σ_i E[X_i | θ] of the competency's items;
     *     strictly increasing
     * @param scoreCuts x₁ &lt; x₂ &lt; x₃ &lt; x₄, the lowest summed scores of levels 2..5
     * @return the θ cut scores
     * @throws IllegalArgumentException for a score cut outside the curve's range on [−20, 20] or cuts
     *     that do not increase, naming the competency and the cut
     */
    public static CutScores fromSummedScores(String competency, DoubleUnaryOperator testCharacteristicCurve,
            double... scoreCuts) {
        Objects.requireNonNull(competency, "competency");
        Objects.requireNonNull(testCharacteristicCurve, "testCharacteristicCurve");
        Objects.requireNonNull(scoreCuts, "scoreCuts");
        if (scoreCuts.length != Levels.COUNT - 1) {
            throw new IllegalArgumentException("competency '" + competency + "': needs " + (Levels.COUNT - 1)
                    + " summed-score cuts (levels 2..5), got " + scoreCuts.length);
        }
        double[] theta = new double[scoreCuts.length];
        for (int k = 0; k < scoreCuts.length; k++) {
            Levels.finite(scoreCuts[k], "competency '" + competency + "': summed-score cut " + (k + 1));
            if (k > 0 && !(scoreCuts[k] > scoreCuts[k - 1])) {
                throw new IllegalArgumentException("competency '" + competency + "': summed-score cuts must increase,"
                        + " but cut " + (k + 1) + " = " + scoreCuts[k] + " is not above cut " + k + " = "
                        + scoreCuts[k - 1]);
            }
            theta[k] = Roots.invert(testCharacteristicCurve, scoreCuts[k]);
            if (Double.isNaN(theta[k])) {
                throw new IllegalArgumentException("competency '" + competency + "': summed-score cut " + (k + 1)
                        + " = " + scoreCuts[k] + " is outside the expected scores reached for θ in [-20, 20] ("
                        + testCharacteristicCurve.applyAsDouble(-Levels.THETA_BOUND) + " to "
                        + testCharacteristicCurve.applyAsDouble(Levels.THETA_BOUND) + ")");
            }
        }
        return of(competency, theta);
    }

    /**
     * Returns the competency code.
     *
     * @return the code
     */
    public String competency() {
        return competency;
    }

    /**
     * Returns one cut.
     *
     * @param k 1..4
     * @return c_k, the lowest θ of level k + 1
     * @throws IllegalArgumentException for k outside 1..4
     */
    public double cut(int k) {
        if (k < 1 || k > cuts.length) {
            throw new IllegalArgumentException("cut " + k + " does not exist; cuts are numbered 1.." + cuts.length);
        }
        return cuts[k - 1];
    }

    /**
     * Returns the cuts.
     *
     * @return a new array c₁..c₄
     */
    public double[] cuts() {
        return cuts.clone();
    }

    /**
     * Returns the level of θ: 1 + #{k : θ ≥ c_k}.
     *
     * @param theta θ, possibly ±∞
     * @return 1..5
     * @throws IllegalArgumentException for NaN
     */
    public int level(double theta) {
        if (Double.isNaN(theta)) {
            throw new IllegalArgumentException("competency '" + competency + "': θ is NaN");
        }
        int level = Levels.MIN;
        for (double c : cuts) {
            if (theta >= c) {
                level++;
            }
        }
        return level;
    }

    /**
     * Returns the probability of each level from a posterior on a grid: P(level k | responses) = Σ of the
     * normalised posterior weights of the nodes θ_q with level(θ_q) = k (a node on a cut counts for the upper
     * level; docs/conventions.md#level-probabilities-from-the-posterior).
     *
     * @param nodes the grid θ_q, finite; not modified
     * @param posteriorWeights the posterior weight of each node, finite, ≥ 0, with a positive sum (need
     *     not be normalised); not modified
     * @return the level distribution, summing to 1
     * @throws IllegalArgumentException for arrays of different or zero length, a non-finite node, or a
     *     negative or non-finite weight (naming its index), or an all-zero posterior
     */
    public LevelDistribution levelProbabilities(double[] nodes, double[] posteriorWeights) {
        Objects.requireNonNull(nodes, "nodes");
        Objects.requireNonNull(posteriorWeights, "posteriorWeights");
        if (nodes.length != posteriorWeights.length || nodes.length == 0) {
            throw new IllegalArgumentException("competency '" + competency + "': " + nodes.length + " nodes but "
                    + posteriorWeights.length + " posterior weights");
        }
        double[] p = new double[Levels.COUNT];
        double total = 0;
        for (int q = 0; q < nodes.length; q++) {
            double w = posteriorWeights[q];
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("competency '" + competency + "': posterior weight " + q + " = "
                        + w + " is negative or not finite");
            }
            Levels.finite(nodes[q], "competency '" + competency + "': node " + q);
            p[level(nodes[q]) - 1] += w;
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("competency '" + competency + "': the posterior weights sum to 0");
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= total;
        }
        return LevelDistribution.wrap(p);
    }

    /**
     * Returns the probability of each level under a normal approximation θ ~ N(θ̂, SE²), for modal
     * estimates (ML, MAP, WLE): p_k = Φ((c_k − θ̂)/SE) − Φ((c_{k−1} − θ̂)/SE) with c₀ = −∞, c₅ = +∞
     * (Rudner 2001, 2005). SE = 0 gives the level of θ̂ with certainty, as does an infinite θ̂.
     *
     * @param theta θ̂, possibly ±∞ (ML for all-0 or all-max patterns)
     * @param se its standard error, finite and ≥ 0
     * @return the level distribution, summing to 1
     * @throws IllegalArgumentException for a NaN θ̂ or an SE that is negative or not finite
     */
    public LevelDistribution levelProbabilities(double theta, double se) {
        if (Double.isNaN(theta)) {
            throw new IllegalArgumentException("competency '" + competency + "': θ is NaN");
        }
        if (!(se >= 0) || !Double.isFinite(se)) {
            throw new IllegalArgumentException("competency '" + competency + "': standard error " + se
                    + " is negative or not finite");
        }
        if (se == 0 || Double.isInfinite(theta)) {
            return LevelDistribution.certain(level(theta));
        }
        return LevelDistribution.wrap(normalLevels(theta, se));
    }

    /** p_k = Φ((c_k − θ)/SE) − Φ((c_{k−1} − θ)/SE) for finite θ and SE &gt; 0; sums to 1. */
    double[] normalLevels(double theta, double se) {
        double[] p = new double[Levels.COUNT];
        double below = 0;
        for (int k = 0; k < cuts.length; k++) {
            double cdf = Levels.phi((cuts[k] - theta) / se);
            p[k] = Math.max(0, cdf - below);
            below = cdf;
        }
        p[cuts.length] = 1 - below;
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CutScores c && competency.equals(c.competency) && Arrays.equals(cuts, c.cuts);
    }

    @Override
    public int hashCode() {
        return 31 * competency.hashCode() + Arrays.hashCode(cuts);
    }

    @Override
    public String toString() {
        return "CutScores[" + competency + " " + Arrays.toString(cuts) + "]";
    }
}
