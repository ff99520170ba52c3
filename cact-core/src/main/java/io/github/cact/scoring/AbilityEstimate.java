package io.github.cact.scoring;

import java.util.Objects;

/**
 * One ability estimate: θ, its standard error and its {@link ScoreStatus}. θ is finite; the standard
 * error is &gt; 0 and may be +∞ (see {@link ScoreStatus}); neither is ever NaN. Immutable.
 *
 * @param theta the estimate, finite
 * @param se the standard error, &gt;= 0, possibly +∞
 * @param status what the estimate is
 */
public record AbilityEstimate(double theta, double se, ScoreStatus status) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if θ is not finite or the SE is NaN or negative
     */
    public AbilityEstimate {
        Objects.requireNonNull(status, "status");
        if (!Double.isFinite(theta)) {
            throw new IllegalArgumentException("theta must be finite, got " + theta);
        }
        if (!(se >= 0)) {
            throw new IllegalArgumentException("standard error must be >= 0 (or +Infinity), got " + se);
        }
    }
}
