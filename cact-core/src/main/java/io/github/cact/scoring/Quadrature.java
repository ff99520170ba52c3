package io.github.cact.scoring;

import java.util.Arrays;
import java.util.Objects;

/**
 * A quadrature grid for the latent trait: Q equally spaced nodes on [min, max] with weights
 * proportional to the normal density N(mean, sd²), normalised to sum to 1 (mirt's rectangular
 * quadrature). Defaults: 121 nodes on [−6, 6] for scoring and 61 for calibration, N(0, 1).
 *
 * <p>Immutable and thread-safe.
 */
public final class Quadrature {

    private final double[] nodes;
    private final double[] weights;
    private final double[] logWeights;
    private final double mean;
    private final double sd;

    private Quadrature(double[] nodes, double[] weights, double mean, double sd) {
        this.nodes = nodes;
        this.weights = weights;
        this.mean = mean;
        this.sd = sd;
        this.logWeights = new double[weights.length];
        for (int q = 0; q < weights.length; q++) {
            logWeights[q] = Math.log(weights[q]);
        }
    }

    /**
     * A grid with a normal prior.
     *
     * @param size the number of nodes, at least 2
     * @param min the lowest node, finite
     * @param max the highest node, finite, &gt; min
     * @param mean the prior mean, finite
     * @param sd the prior standard deviation, finite and &gt; 0
     * @return the grid
     * @throws IllegalArgumentException if an argument is out of range; the message names it
     */
    public static Quadrature normal(int size, double min, double max, double mean, double sd) {
        if (size < 2) {
            throw new IllegalArgumentException("a quadrature grid needs at least 2 nodes, got " + size);
        }
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
            throw new IllegalArgumentException("quadrature range must be finite with min < max, got [" + min + ", "
                    + max + "]");
        }
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("prior mean must be finite, got " + mean);
        }
        if (!Double.isFinite(sd) || !(sd > 0)) {
            throw new IllegalArgumentException("prior standard deviation must be finite and > 0, got " + sd);
        }
        double[] nodes = new double[size];
        double[] weights = new double[size];
        double step = (max - min) / (size - 1);
        double total = 0;
        for (int q = 0; q < size; q++) {
            nodes[q] = q == size - 1 ? max : min + q * step;
            double z = (nodes[q] - mean) / sd;
            weights[q] = Math.exp(-0.5 * z * z);
            total += weights[q];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("the prior N(" + mean + ", " + sd + "²) puts no weight on ["
                    + min + ", " + max + "]");
        }
        for (int q = 0; q < size; q++) {
            weights[q] /= total;
            if (weights[q] == 0) {
                weights[q] = Double.MIN_NORMAL;
            }
        }
        return new Quadrature(nodes, weights, mean, sd);
    }

    /**
     * A grid with a standard normal prior.
     *
     * @param size the number of nodes, at least 2
     * @param min the lowest node
     * @param max the highest node
     * @return the grid
     */
    public static Quadrature standardNormal(int size, double min, double max) {
        return normal(size, min, max, 0, 1);
    }

    /**
     * The scoring default: 121 nodes on [−6, 6], N(0, 1), as in mirt's {@code fscores}.
     *
     * @return the grid
     */
    public static Quadrature scoringDefault() {
        return standardNormal(121, -6, 6);
    }

    /**
     * The calibration default: 61 nodes on [−6, 6], N(0, 1), as in mirt's EM.
     *
     * @return the grid
     */
    public static Quadrature calibrationDefault() {
        return standardNormal(61, -6, 6);
    }

    /**
     * The same nodes with another normal prior.
     *
     * @param newMean the prior mean
     * @param newSd the prior standard deviation
     * @return the grid
     */
    public Quadrature withPrior(double newMean, double newSd) {
        return normal(nodes.length, nodes[0], nodes[nodes.length - 1], newMean, newSd);
    }

    /**
     * Returns the number of nodes Q.
     *
     * @return Q ≥ 2
     */
    public int size() {
        return nodes.length;
    }

    /**
     * Returns a node.
     *
     * @param q 0-based node index
     * @return θ_q
     */
    public double node(int q) {
        return nodes[q];
    }

    /**
     * Returns a prior weight.
     *
     * @param q 0-based node index
     * @return w_q &gt; 0; the weights sum to 1
     */
    public double weight(int q) {
        return weights[q];
    }

    /**
     * Returns the log of a prior weight.
     *
     * @param q 0-based node index
     * @return log w_q
     */
    public double logWeight(int q) {
        return logWeights[q];
    }

    /**
     * Returns the nodes.
     *
     * @return a new array of Q nodes
     */
    public double[] nodes() {
        return nodes.clone();
    }

    /**
     * Returns the prior weights.
     *
     * @return a new array of Q weights summing to 1
     */
    public double[] weights() {
        return weights.clone();
    }

    /**
     * Returns the prior as a distribution on the nodes (the same nodes and weights).
     *
     * @return θ_q with probability w_q
     */
    public DiscreteDistribution prior() {
        return DiscreteDistribution.of(nodes, weights);
    }

    /**
     * Returns the prior mean.
     *
     * @return the mean of the normal prior
     */
    public double priorMean() {
        return mean;
    }

    /**
     * Returns the prior standard deviation.
     *
     * @return the standard deviation of the normal prior
     */
    public double priorSd() {
        return sd;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quadrature other && Arrays.equals(nodes, other.nodes)
                && Arrays.equals(weights, other.weights);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(nodes), Arrays.hashCode(weights));
    }

    @Override
    public String toString() {
        return "Quadrature[" + nodes.length + " nodes on [" + nodes[0] + ", " + nodes[nodes.length - 1]
                + "], N(" + mean + ", " + sd + "²)]";
    }
}
