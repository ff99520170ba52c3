package io.github.cact.scoring;

import java.util.Arrays;
import java.util.Objects;

/**
 * The posterior distribution of θ given one response pattern, on the nodes of the scorer's quadrature
 * grid: w_q ∝ L(x | θ_q)·π_q with π the normalised normal prior weights, Σ_q w_q = 1 (Bock &amp; Mislevy
 * 1982). Its mean and SD are the EAP estimate and its standard error.
 *
 * <p>Level probabilities for cut scores come straight from the weights: P(c_{k−1} ≤ θ &lt; c_k | x) =
 * Σ of w_q over the nodes in [c_{k−1}, c_k) (see {@link #levelProbabilities(double...)}). They are
 * probabilities of the discrete grid posterior, so a cut that falls between two nodes acts at the node
 * above it.
 *
 * <p>Immutable and thread-safe; every value is finite.
 */
public final class Posterior {

    private final double[] nodes;
    private final double[] weights;
    private final double mean;
    private final double sd;
    private final double logMarginal;

    Posterior(double[] nodes, double[] weights, double mean, double sd, double logMarginal) {
        this.nodes = nodes;
        this.weights = weights;
        this.mean = mean;
        this.sd = sd;
        this.logMarginal = logMarginal;
    }

    /**
     * Returns the number of nodes Q.
     *
     * @return Q
     */
    public int size() {
        return nodes.length;
    }

    /**
     * Returns a node.
     *
     * @param q 0-based
     * @return θ_q
     */
    public double node(int q) {
        return nodes[q];
    }

    /**
     * Returns a posterior weight.
     *
     * @param q 0-based
     * @return w_q in [0, 1]
     */
    public double weight(int q) {
        return weights[q];
    }

    /**
     * Returns the nodes.
     *
     * @return a new array of Q nodes, increasing
     */
    public double[] nodes() {
        return nodes.clone();
    }

    /**
     * Returns the weights.
     *
     * @return a new array of Q weights summing to 1
     */
    public double[] weights() {
        return weights.clone();
    }

    /**
     * Returns the posterior as a distribution on the nodes (the same nodes and weights).
     *
     * @return θ_q with probability w_q
     */
    public DiscreteDistribution distribution() {
        return DiscreteDistribution.of(nodes, weights);
    }

    /**
     * Returns the posterior mean Σ w_q θ_q, the EAP estimate.
     *
     * @return the mean
     */
    public double mean() {
        return mean;
    }

    /**
     * Returns the posterior standard deviation √(Σ w_q (θ_q − mean)²), the EAP standard error.
     *
     * @return the SD, &gt;= 0
     */
    public double sd() {
        return sd;
    }

    /**
     * Returns log Σ_q L(x | θ_q)·π_q, the log marginal likelihood of the pattern on the grid (0 if no
     * response was given).
     *
     * @return the log marginal likelihood, &lt;= 0
     */
    public double logMarginalLikelihood() {
        return logMarginal;
    }

    /**
     * Returns P(lo ≤ θ &lt; hi | x) = Σ of w_q over the nodes with lo ≤ θ_q &lt; hi.
     *
     * @param lo the lower end, inclusive; may be −∞
     * @param hi the upper end, exclusive; may be +∞
     * @return the probability in [0, 1]
     * @throws IllegalArgumentException if an end is NaN or lo &gt; hi
     */
    public double probability(double lo, double hi) {
        if (Double.isNaN(lo) || Double.isNaN(hi) || lo > hi) {
            throw new IllegalArgumentException("need lo <= hi, got [" + lo + ", " + hi + ")");
        }
        double p = 0;
        for (int q = 0; q < nodes.length; q++) {
            if (nodes[q] >= lo && nodes[q] < hi) {
                p += weights[q];
            }
        }
        return Math.min(1.0, p);
    }

    /**
     * Returns the probabilities of the levels that cut scores define: level 0 is θ &lt; c_1, level k is
     * c_k ≤ θ &lt; c_{k+1}, the last level θ ≥ c_m.
     *
     * @param cuts m ≥ 0 finite, strictly increasing cut scores
     * @return m + 1 probabilities summing to 1
     * @throws IllegalArgumentException if a cut is not finite or the cuts are not strictly increasing
     */
    public double[] levelProbabilities(double... cuts) {
        Objects.requireNonNull(cuts, "cuts");
        for (int k = 0; k < cuts.length; k++) {
            if (!Double.isFinite(cuts[k]) || k > 0 && !(cuts[k] > cuts[k - 1])) {
                throw new IllegalArgumentException("cut scores must be finite and strictly increasing, got "
                        + Arrays.toString(cuts));
            }
        }
        double[] p = new double[cuts.length + 1];
        int level = 0;
        for (int q = 0; q < nodes.length; q++) {
            while (level < cuts.length && nodes[q] >= cuts[level]) {
                level++;
            }
            p[level] += weights[q];
        }
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Posterior other && Arrays.equals(nodes, other.nodes)
                && Arrays.equals(weights, other.weights) && Double.compare(mean, other.mean) == 0
                && Double.compare(sd, other.sd) == 0 && Double.compare(logMarginal, other.logMarginal) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(nodes), Arrays.hashCode(weights), mean, sd, logMarginal);
    }

    @Override
    public String toString() {
        return "Posterior[mean=" + mean + ", sd=" + sd + ", " + nodes.length + " nodes]";
    }
}
