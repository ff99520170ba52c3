package io.github.cact.mirt.scoring;

import io.github.cact.scoring.ScoreStatus;
import java.util.Arrays;
import java.util.Objects;

/**
 * One person's estimate in D dimensions: θ̂, its posterior covariance and a {@link ScoreStatus}. θ̂ and
 * the covariance are finite, the variances &gt; 0, never NaN. Immutable (arrays are copied in and out).
 */
public final class MirtEstimate {

    private final double[] theta;
    private final double[] covariance;
    private final ScoreStatus status;

    /**
     * Creates an estimate.
     *
     * @param theta D finite values; copied
     * @param covariance D × D row-major, finite, symmetric, with a positive diagonal; copied
     * @param status what the estimate is
     * @throws IllegalArgumentException for a non-finite value, a non-positive variance or a size mismatch
     */
    public MirtEstimate(double[] theta, double[] covariance, ScoreStatus status) {
        Objects.requireNonNull(theta, "theta");
        Objects.requireNonNull(covariance, "covariance");
        Objects.requireNonNull(status, "status");
        int d = theta.length;
        if (d == 0 || covariance.length != d * d) {
            throw new IllegalArgumentException(d + " dimensions need a " + d + " × " + d + " covariance, got "
                    + covariance.length + " values");
        }
        for (int f = 0; f < d; f++) {
            if (!Double.isFinite(theta[f])) {
                throw new IllegalArgumentException("theta " + (f + 1) + " is not finite: " + theta[f]);
            }
            if (!(covariance[f * d + f] > 0) || !Double.isFinite(covariance[f * d + f])) {
                throw new IllegalArgumentException("variance " + (f + 1) + " must be finite and > 0, got "
                        + covariance[f * d + f]);
            }
        }
        for (double c : covariance) {
            if (!Double.isFinite(c)) {
                throw new IllegalArgumentException("a covariance is not finite: " + c);
            }
        }
        this.theta = theta.clone();
        this.covariance = covariance.clone();
        this.status = status;
    }

    /**
     * Returns the number of dimensions.
     *
     * @return D
     */
    public int dimensions() {
        return theta.length;
    }

    /**
     * Returns θ̂.
     *
     * @return a new array of D values
     */
    public double[] theta() {
        return theta.clone();
    }

    /**
     * Returns one coordinate of θ̂.
     *
     * @param factor 0-based
     * @return θ̂_f
     */
    public double theta(int factor) {
        return theta[factor];
    }

    /**
     * Returns the standard error of one coordinate, √Σ_ff.
     *
     * @param factor 0-based
     * @return the standard error, &gt; 0
     */
    public double se(int factor) {
        return Math.sqrt(covariance[factor * theta.length + factor]);
    }

    /**
     * Returns the posterior covariance.
     *
     * @return a new D × D row-major array
     */
    public double[] covariance() {
        return covariance.clone();
    }

    /**
     * Returns the status.
     *
     * @return what the estimate is
     */
    public ScoreStatus status() {
        return status;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MirtEstimate e && Arrays.equals(theta, e.theta) && Arrays.equals(covariance, e.covariance)
                && status == e.status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(theta), Arrays.hashCode(covariance), status);
    }

    @Override
    public String toString() {
        return "MirtEstimate" + Arrays.toString(theta) + " " + status;
    }
}
