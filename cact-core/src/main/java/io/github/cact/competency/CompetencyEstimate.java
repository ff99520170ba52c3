package io.github.cact.competency;

import java.util.Arrays;
import java.util.Objects;

/**
 * A person's ability estimate on one competency's scale as the scorer delivers it: θ̂ and its standard
 * error, and, for EAP scoring, the posterior on the quadrature grid. Level probabilities come from the
 * posterior when present, otherwise from the normal approximation N(θ̂, SE²)
 * ({@link CutScores#levelProbabilities(double, double)}).
 *
 * <p>Immutable and thread-safe (arrays are copied in and out). Equal when all fields are equal.
 */
public final class CompetencyEstimate {

    private final double theta;
    private final double se;
    private final double[] nodes;
    private final double[] weights;

    private CompetencyEstimate(double theta, double se, double[] nodes, double[] weights) {
        this.theta = theta;
        this.se = se;
        this.nodes = nodes;
        this.weights = weights;
    }

    /**
     * An estimate without posterior (ML, MAP, WLE).
     *
     * @param theta θ̂, not NaN; ±∞ allowed for ML on all-0 or all-max patterns
     * @param se its standard error, finite and ≥ 0
     * @return the estimate
     * @throws IllegalArgumentException for a NaN θ̂ or a negative or non-finite SE
     */
    public static CompetencyEstimate of(double theta, double se) {
        check(theta, se);
        return new CompetencyEstimate(theta, se, null, null);
    }

    /**
     * An estimate with its posterior on a grid (EAP: θ̂ the posterior mean, SE the posterior SD).
     *
     * @param theta θ̂, finite
     * @param se its standard error, finite and ≥ 0
     * @param nodes the grid, finite; copied
     * @param posteriorWeights the posterior weights of the nodes, ≥ 0 with a positive sum; copied
     * @return the estimate
     * @throws IllegalArgumentException for a non-finite θ̂, a bad SE, or arrays of different or zero length
     */
    public static CompetencyEstimate withPosterior(double theta, double se, double[] nodes,
            double[] posteriorWeights) {
        Objects.requireNonNull(nodes, "nodes");
        Objects.requireNonNull(posteriorWeights, "posteriorWeights");
        check(Levels.finite(theta, "θ with a posterior"), se);
        if (nodes.length != posteriorWeights.length || nodes.length == 0) {
            throw new IllegalArgumentException(nodes.length + " nodes but " + posteriorWeights.length
                    + " posterior weights");
        }
        return new CompetencyEstimate(theta, se, nodes.clone(), posteriorWeights.clone());
    }

    private static void check(double theta, double se) {
        if (Double.isNaN(theta)) {
            throw new IllegalArgumentException("θ is NaN");
        }
        if (!(se >= 0) || !Double.isFinite(se)) {
            throw new IllegalArgumentException("standard error " + se + " is negative or not finite");
        }
    }

    /**
     * Returns θ̂.
     *
     * @return the estimate
     */
    public double theta() {
        return theta;
    }

    /**
     * Returns the standard error.
     *
     * @return SE ≥ 0
     */
    public double se() {
        return se;
    }

    /**
     * Tells whether a posterior is attached.
     *
     * @return true if built by {@link #withPosterior}
     */
    public boolean hasPosterior() {
        return nodes != null;
    }

    /**
     * Returns the level probabilities under given cut scores: from the posterior if attached, else from
     * N(θ̂, SE²).
     *
     * @param cuts the competency's cut scores
     * @return the level distribution
     * @throws IllegalArgumentException if the posterior is invalid (see
     *     {@link CutScores#levelProbabilities(double[], double[])})
     */
    public LevelDistribution levelProbabilities(CutScores cuts) {
        Objects.requireNonNull(cuts, "cuts");
        return nodes != null ? cuts.levelProbabilities(nodes, weights) : cuts.levelProbabilities(theta, se);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompetencyEstimate e && Double.compare(theta, e.theta) == 0
                && Double.compare(se, e.se) == 0 && Arrays.equals(nodes, e.nodes) && Arrays.equals(weights, e.weights);
    }

    @Override
    public int hashCode() {
        return Objects.hash(theta, se, Arrays.hashCode(nodes), Arrays.hashCode(weights));
    }

    @Override
    public String toString() {
        return "CompetencyEstimate[θ " + theta + ", SE " + se + (nodes != null ? ", posterior on " + nodes.length
                + " nodes" : "") + "]";
    }
}
