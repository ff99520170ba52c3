package io.github.cact.cat;

import java.util.Objects;

/**
 * The current estimate of one scale of a session.
 *
 * @param scale the scale code
 * @param items the number of the scale's items answered
 * @param theta θ̂ by the design's estimator (the prior mean on the grid before any answer)
 * @param standardError its standard error, finite and &gt; 0
 */
public record ScaleEstimate(String scale, int items, double theta, double standardError) {

    /**
     * Validates the parts.
     *
     * @param scale not null
     * @param items ≥ 0
     * @param theta finite
     * @param standardError finite
     */
    public ScaleEstimate {
        Objects.requireNonNull(scale, "scale");
        if (items < 0 || !Double.isFinite(theta) || !Double.isFinite(standardError)) {
            throw new IllegalArgumentException("scale '" + scale + "': invalid estimate items=" + items + ", theta="
                    + theta + ", se=" + standardError);
        }
    }
}
