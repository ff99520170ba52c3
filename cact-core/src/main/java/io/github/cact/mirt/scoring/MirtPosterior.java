package io.github.cact.mirt.scoring;

import io.github.cact.competency.CompetencyEstimate;
import io.github.cact.competency.CutScores;
import io.github.cact.competency.LevelDistribution;

/**
 * One person's posterior in D dimensions on the quasi-Monte Carlo points of a {@link MirtScorer}: n points
 * θ_j with normalised weights w_j, and the EAP estimate they give. The marginal posterior of one scale is
 * the same weights on that coordinate of the points, so that P(level k on scale f | x) = Σ_j w_j
 * [c_{k−1} ≤ θ_jf &lt; c_k]: the level probabilities of a scale use the answers to every scale.
 * Immutable (arrays are copied out).
 */
public final class MirtPosterior {

    private final int dimensions;
    private final double[] points;
    private final double[] weights;
    private final MirtEstimate estimate;

    MirtPosterior(int dimensions, double[] points, double[] weights, MirtEstimate estimate) {
        this.dimensions = dimensions;
        this.points = points;
        this.weights = weights;
        this.estimate = estimate;
    }

    /**
     * Returns the EAP estimate: the posterior mean and covariance.
     *
     * @return the estimate
     */
    public MirtEstimate estimate() {
        return estimate;
    }

    /**
     * Returns the number of points.
     *
     * @return n
     */
    public int size() {
        return weights.length;
    }

    /**
     * Returns the normalised weights.
     *
     * @return a new array of n weights summing to 1
     */
    public double[] weights() {
        return weights.clone();
    }

    /**
     * Returns one coordinate of every point: the nodes of a scale's marginal posterior.
     *
     * @param factor 0-based
     * @return a new array of n values θ_jf
     */
    public double[] marginalNodes(int factor) {
        double[] nodes = new double[weights.length];
        for (int j = 0; j < nodes.length; j++) {
            nodes[j] = points[j * dimensions + factor];
        }
        return nodes;
    }

    /**
     * Returns the level probabilities of one scale from its marginal posterior.
     *
     * @param factor 0-based
     * @param cuts the scale's cut scores
     * @return P(level k | all the responses), k = 1..5
     */
    public LevelDistribution levelProbabilities(int factor, CutScores cuts) {
        return cuts.levelProbabilities(marginalNodes(factor), weights);
    }

    /**
     * Returns one scale's estimate with its marginal posterior attached, as the competency profiles take it.
     *
     * @param factor 0-based
     * @return the posterior mean and SD of θ_f, with the points' coordinate f and the weights
     */
    public CompetencyEstimate competencyEstimate(int factor) {
        return CompetencyEstimate.withPosterior(estimate.theta(factor), estimate.se(factor), marginalNodes(factor),
                weights);
    }
}
