package io.github.cact.scoring;

import java.util.Objects;

/**
 * One ability estimate: θ, its standard error and its {@link ScoreStatus}. θ is finite; the standard
 * error is &gt; 0, finite with {@link ScoreStatus#OK} and possibly +∞ otherwise (see {@link ScoreStatus});
 * neither is ever NaN. Immutable.
 *
 * @param theta the estimate, finite
 * @param se the standard error, &gt; 0; finite if the status is {@link ScoreStatus#OK}
 * @param status what the estimate is
 */
public record AbilityEstimate(double theta, double se, ScoreStatus status) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if θ is not finite, the SE is not &gt; 0, or the status is OK and
     *     the SE is infinite
     */
    public AbilityEstimate {
        Objects.requireNonNull(status, "status");
        if (!Double.isFinite(theta)) {
            throw new IllegalArgumentException("theta must be finite, got " + theta);
        }
        if (!(se > 0)) {
            throw new IllegalArgumentException("se (standard error) must be > 0 (or +Infinity), got " + se);
        }
        if (status == ScoreStatus.OK && se == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("se (standard error) must be finite with status OK, got " + se);
        }
    }
}
