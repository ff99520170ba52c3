package io.github.cact.mirt.scoring;

import io.github.cact.scoring.ScoreStatus;
import java.util.List;

/**
 * The estimates of a batch in D dimensions, one per examinee in row order. Immutable.
 */
public final class MirtScores {

    private final List<String> examineeIds;
    private final List<String> factors;
    private final double[] theta;
    private final double[] covariance;
    private final ScoreStatus[] status;

    MirtScores(List<String> examineeIds, List<String> factors, double[] theta, double[] covariance,
            ScoreStatus[] status) {
        this.examineeIds = List.copyOf(examineeIds);
        this.factors = List.copyOf(factors);
        this.theta = theta;
        this.covariance = covariance;
        this.status = status;
    }

    /**
     * Returns the number of examinees.
     *
     * @return n
     */
    public int size() {
        return status.length;
    }

    /**
     * Returns the factor names.
     *
     * @return the D scales, in factor order
     */
    public List<String> factors() {
        return factors;
    }

    /**
     * Returns an examinee's id.
     *
     * @param n the row
     * @return the id
     */
    public String examineeId(int n) {
        return examineeIds.get(n);
    }

    /**
     * Returns one coordinate of an examinee's estimate.
     *
     * @param n the row
     * @param factor 0-based
     * @return θ̂_f
     */
    public double theta(int n, int factor) {
        return theta[n * factors.size() + factor];
    }

    /**
     * Returns the standard error of one coordinate.
     *
     * @param n the row
     * @param factor 0-based
     * @return √Σ_ff, &gt; 0
     */
    public double se(int n, int factor) {
        int d = factors.size();
        return Math.sqrt(covariance[n * d * d + factor * d + factor]);
    }

    /**
     * Returns an examinee's status.
     *
     * @param n the row
     * @return what the estimate is
     */
    public ScoreStatus status(int n) {
        return status[n];
    }

    /**
     * Returns an examinee's whole estimate.
     *
     * @param n the row
     * @return θ̂, its covariance and status
     */
    public MirtEstimate estimate(int n) {
        int d = factors.size();
        return new MirtEstimate(java.util.Arrays.copyOfRange(theta, n * d, (n + 1) * d),
                java.util.Arrays.copyOfRange(covariance, n * d * d, (n + 1) * d * d), status[n]);
    }
}
