package io.github.cact.calibration;

import java.util.Objects;

/**
 * A prior density for one kind of item parameter in Bayes-modal (MAP) calibration: the M-step maximises
 * Σ r log P + log prior. Kinds, with the log density added (constants dropped):
 * <ul>
 *   <li>{@code none()}: 0 (maximum likelihood);</li>
 *   <li>{@code normal(μ, σ)}: −(x − μ)² / (2σ²), for intercepts (or slopes);</li>
 *   <li>{@code logNormal(μ, σ)}: −(ln a − μ)² / (2σ²) − ln a, for slopes;</li>
 *   <li>{@code beta(α, β)}: (α − 1) ln g + (β − 1) ln(1 − g), for the asymptotes g and u, which are
 *       estimated on the logit scale (mirt's {@code expbeta} prior; no Jacobian term).</li>
 * </ul>
 * Source: mirt's {@code parprior} (Chalmers 2012, J. Stat. Softw. 48(6)). Immutable value type.
 */
public final class Prior {

    /** The kind of density. */
    public enum Kind {
        /** No prior. */
        NONE,
        /** Normal N(μ, σ²). */
        NORMAL,
        /** Lognormal: ln x ~ N(μ, σ²). */
        LOG_NORMAL,
        /** Beta(α, β) on a probability. */
        BETA
    }

    private static final Prior NONE = new Prior(Kind.NONE, 0, 0);

    private final Kind kind;
    private final double p1;
    private final double p2;

    private Prior(Kind kind, double p1, double p2) {
        this.kind = kind;
        this.p1 = p1;
        this.p2 = p2;
    }

    /**
     * No prior.
     *
     * @return the flat prior
     */
    public static Prior none() {
        return NONE;
    }

    /**
     * A normal prior.
     *
     * @param mean μ, finite
     * @param sd σ, finite and &gt; 0
     * @return the prior
     * @throws IllegalArgumentException if a value is out of range
     */
    public static Prior normal(double mean, double sd) {
        check("mean", mean, false);
        check("sd", sd, true);
        return new Prior(Kind.NORMAL, mean, sd);
    }

    /**
     * A lognormal prior: ln x ~ N(meanLog, sdLog²).
     *
     * @param meanLog μ of ln x, finite
     * @param sdLog σ of ln x, finite and &gt; 0
     * @return the prior
     * @throws IllegalArgumentException if a value is out of range
     */
    public static Prior logNormal(double meanLog, double sdLog) {
        check("meanLog", meanLog, false);
        check("sdLog", sdLog, true);
        return new Prior(Kind.LOG_NORMAL, meanLog, sdLog);
    }

    /**
     * A beta prior on a probability parameter.
     *
     * @param alpha α ≥ 1, finite
     * @param beta β ≥ 1, finite
     * @return the prior
     * @throws IllegalArgumentException if a value is out of range (α, β &lt; 1 would make the mode lie on the
     *     boundary, where the logit is infinite)
     */
    public static Prior beta(double alpha, double beta) {
        if (!(alpha >= 1) || !Double.isFinite(alpha) || !(beta >= 1) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("beta prior needs finite alpha, beta >= 1, got Beta(" + alpha
                    + ", " + beta + ")");
        }
        return new Prior(Kind.BETA, alpha, beta);
    }

    private static void check(String name, double value, boolean positive) {
        if (!Double.isFinite(value) || positive && !(value > 0)) {
            throw new IllegalArgumentException("prior " + name + " must be finite" + (positive ? " and > 0" : "")
                    + ", got " + value);
        }
    }

    /**
     * Returns the kind.
     *
     * @return the kind of density
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the first parameter: μ (normal), μ of ln x (lognormal) or α (beta); 0 for none.
     *
     * @return the first parameter
     */
    public double first() {
        return p1;
    }

    /**
     * Returns the second parameter: σ (normal), σ of ln x (lognormal) or β (beta); 0 for none.
     *
     * @return the second parameter
     */
    public double second() {
        return p2;
    }

    /**
     * Log density (constants dropped) at a parameter value; for beta priors x is the probability.
     *
     * @param x the parameter value
     * @return the log prior, −∞ outside the support
     */
    double logDensity(double x) {
        switch (kind) {
            case NORMAL: {
                double z = (x - p1) / p2;
                return -0.5 * z * z;
            }
            case LOG_NORMAL: {
                if (!(x > 0)) {
                    return Double.NEGATIVE_INFINITY;
                }
                double z = (Math.log(x) - p1) / p2;
                return -0.5 * z * z - Math.log(x);
            }
            case BETA:
                if (!(x > 0 && x < 1)) {
                    return Double.NEGATIVE_INFINITY;
                }
                return (p1 - 1) * Math.log(x) + (p2 - 1) * Math.log1p(-x);
            default:
                return 0;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Prior other && kind == other.kind && Double.compare(p1, other.p1) == 0
                && Double.compare(p2, other.p2) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, p1, p2);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NONE -> "none";
            case NORMAL -> "N(" + p1 + ", " + p2 + "²)";
            case LOG_NORMAL -> "logN(" + p1 + ", " + p2 + "²)";
            case BETA -> "Beta(" + p1 + ", " + p2 + ")";
        };
    }
}
