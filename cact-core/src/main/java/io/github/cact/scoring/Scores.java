package io.github.cact.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The estimates of a batch, in the order of the examinees of the input: θ, standard error and
 * {@link ScoreStatus} per examinee, with the examinee ids. θ is finite and the SE is never NaN (it may
 * be +∞, see {@link ScoreStatus}). Immutable and thread-safe; compared by content, bit for bit.
 */
public final class Scores {

    private static final ScoreStatus[] STATUSES = ScoreStatus.values();

    private final ScoringMethod method;
    private final List<String> examineeIds;
    private final double[] theta;
    private final double[] se;
    private final byte[] status;

    Scores(ScoringMethod method, List<String> examineeIds, double[] theta, double[] se, byte[] status) {
        this.method = method;
        this.examineeIds = examineeIds;
        this.theta = theta;
        this.se = se;
        this.status = status;
    }

    /**
     * Returns the method that produced the scores.
     *
     * @return the method
     */
    public ScoringMethod method() {
        return method;
    }

    /**
     * Returns the number of examinees.
     *
     * @return N, possibly 0
     */
    public int size() {
        return theta.length;
    }

    /**
     * Returns an examinee's id.
     *
     * @param n 0-based row
     * @return the id
     * @throws IndexOutOfBoundsException if n is out of range
     */
    public String examineeId(int n) {
        return examineeIds.get(n);
    }

    /**
     * Returns the examinee ids in order.
     *
     * @return an unmodifiable list
     */
    public List<String> examineeIds() {
        return examineeIds;
    }

    /**
     * Returns an examinee's θ.
     *
     * @param n 0-based row
     * @return the finite estimate
     * @throws IndexOutOfBoundsException if n is out of range
     */
    public double theta(int n) {
        return theta[n];
    }

    /**
     * Returns an examinee's standard error.
     *
     * @param n 0-based row
     * @return the SE, &gt;= 0, possibly +∞
     * @throws IndexOutOfBoundsException if n is out of range
     */
    public double se(int n) {
        return se[n];
    }

    /**
     * Returns an examinee's status.
     *
     * @param n 0-based row
     * @return the status
     * @throws IndexOutOfBoundsException if n is out of range
     */
    public ScoreStatus status(int n) {
        return STATUSES[status[n]];
    }

    /**
     * Returns an examinee's estimate as one value.
     *
     * @param n 0-based row
     * @return θ, SE and status
     * @throws IndexOutOfBoundsException if n is out of range
     */
    public AbilityEstimate estimate(int n) {
        return new AbilityEstimate(theta[n], se[n], status(n));
    }

    /**
     * Returns every θ.
     *
     * @return a new array of N estimates
     */
    public double[] thetas() {
        return theta.clone();
    }

    /**
     * Returns every standard error.
     *
     * @return a new array of N standard errors
     */
    public double[] standardErrors() {
        return se.clone();
    }

    /**
     * Counts the examinees with a status.
     *
     * @param wanted the status
     * @return how many rows have it
     */
    public int count(ScoreStatus wanted) {
        Objects.requireNonNull(wanted, "wanted");
        int count = 0;
        for (int n = 0; n < status.length; n++) {
            if (status[n] == wanted.ordinal()) {
                count++;
            }
        }
        return count;
    }

    /**
     * The empirical reliability of the estimates, over the examinees with status {@link ScoreStatus#OK}:
     * for the Bayesian methods (EAP, MAP, EAPsum), whose estimates are shrunk towards the prior,
     * ρ = s²(θ̂) / (s²(θ̂) + mean SE²) (mirt's {@code empirical_rxx}; du Toit 2003); for ML and WLE, whose
     * variance includes the error, ρ = 1 − mean SE² / s²(θ̂), at least 0. s² is the variance with divisor n.
     *
     * @return ρ in [0, 1], or empty with fewer than 2 such examinees or no spread among them
     */
    public OptionalDouble empiricalReliability() {
        int n = 0;
        double mean = 0;
        double squares = 0;
        double error = 0;
        for (int i = 0; i < theta.length; i++) {
            if (status[i] != ScoreStatus.OK.ordinal()) {
                continue;
            }
            n++;
            double delta = theta[i] - mean;
            mean += delta / n;
            squares += delta * (theta[i] - mean);
            error += se[i] * se[i];
        }
        double variance = squares / n;
        if (n < 2 || !(variance > 0)) {
            return OptionalDouble.empty();
        }
        error /= n;
        boolean bayesian = method == ScoringMethod.EAP || method == ScoringMethod.MAP || method == ScoringMethod.EAP_SUM;
        return OptionalDouble.of(bayesian ? variance / (variance + error) : Math.max(0, 1 - error / variance));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scores other && method == other.method && examineeIds.equals(other.examineeIds)
                && Arrays.equals(theta, other.theta) && Arrays.equals(se, other.se)
                && Arrays.equals(status, other.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, examineeIds, Arrays.hashCode(theta), Arrays.hashCode(se),
                Arrays.hashCode(status));
    }

    /**
     * Describes the size only, never ids or scores.
     *
     * @return e.g. {@code Scores[eap, 1000 examinees]}
     */
    @Override
    public String toString() {
        return "Scores[" + method.code() + ", " + theta.length + " examinees]";
    }
}
