package io.github.cact.calibration;

import io.github.cact.internal.options.SettingChecks;
import io.github.cact.scoring.Quadrature;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Settings of a calibration; defaults equal mirt's where mirt has one. Immutable value type, built with
 * {@link #builder()}.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>setting</th><th>default</th></tr>
 *   <tr><td>quadrature</td><td>61 nodes on [−6, 6], N(0, 1) ({@link Quadrature#calibrationDefault()})</td></tr>
 *   <tr><td>tolerance</td><td>1e-4: converged when the largest absolute change of an estimated parameter
 *     (slope-intercept form; asymptotes on the logit scale; latent mean and variance) in one EM cycle is
 *     below it</td></tr>
 *   <tr><td>maximum cycles</td><td>500</td></tr>
 *   <tr><td>acceleration</td><td>on (Anderson acceleration of depth 5 with restarts; Anderson 1965, Henderson &amp; Varadhan 2019)</td></tr>
 *   <tr><td>slope and intercept priors</td><td>none (maximum likelihood)</td></tr>
 *   <tr><td>guessing prior</td><td>g ~ Beta(5, 17) (mode 0.2), for 3PL and 4PL items</td></tr>
 *   <tr><td>upper-asymptote prior</td><td>u ~ Beta(20, 2) (mode 0.95), for 4PL items</td></tr>
 *   <tr><td>latent scale</td><td>{@link LatentScale#AUTO}</td></tr>
 *   <tr><td>standard errors</td><td>{@link StandardErrorMethod#CROSS_PRODUCT}</td></tr>
 *   <tr><td>item fit</td><td>on</td></tr>
 *   <tr><td>M2 size limit</td><td>500 first- and second-order moments (30 dichotomous items; 12 items of
 *     5 categories)</td></tr>
 *   <tr><td>parallelism</td><td>the number of available processors: E-step workers, the calling thread
 *     included (1: the calling thread alone)</td></tr>
 *   <tr><td>executor</td><td>the library's shared pool (daemon threads, one per processor, created on first
 *     use, never shut down by a call), where the workers other than the calling thread run; or the host's
 *     executor, which the library never shuts down</td></tr>
 *   <tr><td>chunk size</td><td>4,096 response patterns per E-step task</td></tr>
 * </table>
 *
 * <p>Results do not depend on the parallelism or the executor (the E-step sums per-chunk accumulators in chunk order), but
 * they may differ in the last bits between chunk sizes.
 */
public final class CalibrationOptions {

    /** The default prior on the lower asymptote g of 3PL/4PL items: Beta(5, 17), mode 0.2, mean 0.227. */
    public static final Prior DEFAULT_GUESSING_PRIOR = Prior.beta(5, 17);

    /** The default prior on the upper asymptote u of 4PL items: Beta(20, 2), mode 0.95, mean 0.909. */
    public static final Prior DEFAULT_UPPER_PRIOR = Prior.beta(20, 2);

    private static final CalibrationOptions DEFAULTS = builder().build();

    private final Quadrature quadrature;
    private final double tolerance;
    private final int maxCycles;
    private final boolean acceleration;
    private final Prior slopePrior;
    private final Prior interceptPrior;
    private final Prior guessingPrior;
    private final Prior upperPrior;
    private final LatentScale latentScale;
    private final StandardErrorMethod standardErrors;
    private final boolean itemFit;
    private final int m2MaxMoments;
    private final int parallelism;
    private final int chunkSize;
    private final Executor executor;

    private CalibrationOptions(Builder b) {
        this.quadrature = b.quadrature;
        this.tolerance = b.tolerance;
        this.maxCycles = b.maxCycles;
        this.acceleration = b.acceleration;
        this.slopePrior = b.slopePrior;
        this.interceptPrior = b.interceptPrior;
        this.guessingPrior = b.guessingPrior;
        this.upperPrior = b.upperPrior;
        this.latentScale = b.latentScale;
        this.standardErrors = b.standardErrors;
        this.itemFit = b.itemFit;
        this.m2MaxMoments = b.m2MaxMoments;
        this.parallelism = b.parallelism;
        this.chunkSize = b.chunkSize;
        this.executor = b.executor;
    }

    /**
     * The defaults.
     *
     * @return mirt's defaults as listed above
     */
    public static CalibrationOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A builder holding the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.quadrature = quadrature;
        b.tolerance = tolerance;
        b.maxCycles = maxCycles;
        b.acceleration = acceleration;
        b.slopePrior = slopePrior;
        b.interceptPrior = interceptPrior;
        b.guessingPrior = guessingPrior;
        b.upperPrior = upperPrior;
        b.latentScale = latentScale;
        b.standardErrors = standardErrors;
        b.itemFit = itemFit;
        b.m2MaxMoments = m2MaxMoments;
        b.parallelism = parallelism;
        b.chunkSize = chunkSize;
        b.executor = executor;
        return b;
    }

    /** @return the quadrature grid; its prior is the starting (or fixed) latent distribution */
    public Quadrature quadrature() {
        return quadrature;
    }

    /** @return the convergence tolerance on the largest parameter change */
    public double tolerance() {
        return tolerance;
    }

    /** @return the maximum number of EM cycles */
    public int maxCycles() {
        return maxCycles;
    }

    /** @return whether the EM iterations are accelerated (Anderson acceleration) */
    public boolean acceleration() {
        return acceleration;
    }

    /** @return the prior on free slopes */
    public Prior slopePrior() {
        return slopePrior;
    }

    /** @return the prior on every intercept */
    public Prior interceptPrior() {
        return interceptPrior;
    }

    /** @return the prior on lower asymptotes */
    public Prior guessingPrior() {
        return guessingPrior;
    }

    /** @return the prior on upper asymptotes */
    public Prior upperPrior() {
        return upperPrior;
    }

    /** @return which latent moments are estimated */
    public LatentScale latentScale() {
        return latentScale;
    }

    /** @return the standard-error method */
    public StandardErrorMethod standardErrors() {
        return standardErrors;
    }

    /** @return whether item fit (S-X2, infit/outfit) and model fit (G2, M2) are computed */
    public boolean itemFit() {
        return itemFit;
    }

    /** @return the largest number of moments for which M2 is computed with the fit statistics */
    public int m2MaxMoments() {
        return m2MaxMoments;
    }

    /** @return the number of E-step workers, the calling thread included */
    public int parallelism() {
        return parallelism;
    }

    /** @return the number of response patterns per E-step chunk */
    public int chunkSize() {
        return chunkSize;
    }

    /** @return the executor of the E-step workers other than the calling thread; empty: the shared pool */
    public Optional<Executor> executor() {
        return Optional.ofNullable(executor);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CalibrationOptions other && quadrature.equals(other.quadrature)
                && Double.compare(tolerance, other.tolerance) == 0 && maxCycles == other.maxCycles
                && acceleration == other.acceleration && slopePrior.equals(other.slopePrior)
                && interceptPrior.equals(other.interceptPrior) && guessingPrior.equals(other.guessingPrior)
                && upperPrior.equals(other.upperPrior) && latentScale == other.latentScale
                && standardErrors == other.standardErrors && itemFit == other.itemFit
                && m2MaxMoments == other.m2MaxMoments
                && parallelism == other.parallelism && chunkSize == other.chunkSize && executor == other.executor;
    }

    @Override
    public int hashCode() {
        return Objects.hash(quadrature, tolerance, maxCycles, acceleration, slopePrior, interceptPrior,
                guessingPrior, upperPrior, latentScale, standardErrors, itemFit, m2MaxMoments, parallelism,
                chunkSize, System.identityHashCode(executor));
    }

    @Override
    public String toString() {
        return "CalibrationOptions[" + quadrature + ", tol=" + tolerance + ", maxCycles=" + maxCycles
                + ", acceleration=" + acceleration + ", priors a=" + slopePrior + " d=" + interceptPrior + " g="
                + guessingPrior + " u=" + upperPrior + ", latent=" + latentScale + ", se=" + standardErrors
                + ", fit=" + itemFit + ", m2MaxMoments=" + m2MaxMoments + ", parallelism=" + parallelism + ", chunk=" + chunkSize
                + ", executor=" + (executor == null ? "shared" : "given") + "]";
    }

    /** A mutable builder of {@link CalibrationOptions}; not thread-safe. */
    public static final class Builder {
        private Quadrature quadrature = Quadrature.calibrationDefault();
        private double tolerance = 1e-4;
        private int maxCycles = 500;
        private boolean acceleration = true;
        private Prior slopePrior = Prior.none();
        private Prior interceptPrior = Prior.none();
        private Prior guessingPrior = DEFAULT_GUESSING_PRIOR;
        private Prior upperPrior = DEFAULT_UPPER_PRIOR;
        private LatentScale latentScale = LatentScale.AUTO;
        private StandardErrorMethod standardErrors = StandardErrorMethod.CROSS_PRODUCT;
        private boolean itemFit = true;
        private int m2MaxMoments = 500;
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private int chunkSize = 4096;
        private Executor executor;

        private Builder() {
        }

        /**
         * Sets the quadrature grid.
         *
         * @param grid the nodes and the prior N(μ, σ²) used as start (or fixed) latent distribution
         * @return this builder
         */
        public Builder quadrature(Quadrature grid) {
            this.quadrature = Objects.requireNonNull(grid, "grid");
            return this;
        }

        /**
         * Sets the convergence tolerance.
         *
         * @param value finite and &gt; 0
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder tolerance(double value) {
            this.tolerance = SettingChecks.finitePositive("tolerance", value);
            return this;
        }

        /**
         * Sets the maximum number of EM cycles.
         *
         * @param value ≥ 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxCycles(int value) {
            this.maxCycles = SettingChecks.atLeast("maxCycles", value, 1);
            return this;
        }

        /**
         * Switches the acceleration of EM (Anderson acceleration with restarts) on or off.
         *
         * @param on whether to accelerate
         * @return this builder
         */
        public Builder acceleration(boolean on) {
            this.acceleration = on;
            return this;
        }

        /**
         * Sets the prior on free slopes (lognormal or normal).
         *
         * @param prior the prior
         * @return this builder
         * @throws IllegalArgumentException for a beta prior
         */
        public Builder slopePrior(Prior prior) {
            Objects.requireNonNull(prior, "prior");
            if (prior.kind() == Prior.Kind.BETA) {
                throw new IllegalArgumentException("a slope prior must be none, normal or lognormal, got " + prior);
            }
            this.slopePrior = prior;
            return this;
        }

        /**
         * Sets the prior on every intercept (normal).
         *
         * @param prior the prior
         * @return this builder
         * @throws IllegalArgumentException for a lognormal or beta prior
         */
        public Builder interceptPrior(Prior prior) {
            Objects.requireNonNull(prior, "prior");
            if (prior.kind() == Prior.Kind.BETA || prior.kind() == Prior.Kind.LOG_NORMAL) {
                throw new IllegalArgumentException("an intercept prior must be none or normal, got " + prior);
            }
            this.interceptPrior = prior;
            return this;
        }

        /**
         * Sets the prior on lower asymptotes g (beta or none).
         *
         * @param prior the prior
         * @return this builder
         * @throws IllegalArgumentException for a normal or lognormal prior
         */
        public Builder guessingPrior(Prior prior) {
            this.guessingPrior = asymptote(prior);
            return this;
        }

        /**
         * Sets the prior on upper asymptotes u (beta or none).
         *
         * @param prior the prior
         * @return this builder
         * @throws IllegalArgumentException for a normal or lognormal prior
         */
        public Builder upperPrior(Prior prior) {
            this.upperPrior = asymptote(prior);
            return this;
        }

        private static Prior asymptote(Prior prior) {
            Objects.requireNonNull(prior, "prior");
            if (prior.kind() != Prior.Kind.BETA && prior.kind() != Prior.Kind.NONE) {
                throw new IllegalArgumentException("an asymptote prior must be none or beta, got " + prior);
            }
            return prior;
        }

        /**
         * Sets which latent moments are estimated.
         *
         * @param scale the choice
         * @return this builder
         */
        public Builder latentScale(LatentScale scale) {
            this.latentScale = Objects.requireNonNull(scale, "scale");
            return this;
        }

        /**
         * Sets the standard-error method.
         *
         * @param method the method
         * @return this builder
         */
        public Builder standardErrors(StandardErrorMethod method) {
            this.standardErrors = Objects.requireNonNull(method, "method");
            return this;
        }

        /**
         * Switches item and model fit on or off.
         *
         * @param on whether to compute fit statistics
         * @return this builder
         */
        public Builder itemFit(boolean on) {
            this.itemFit = on;
            return this;
        }

        /**
         * Sets the size limit of M2: with the fit statistics, M2 (C2) is computed when the test has at most
         * this many first- and second-order moments, Σ (K_i − 1) + I(I − 1)/2. Its cost grows with the cube of
         * that number (about 0.6 s for 940 moments, 40 items of 5 categories, on one core); 0 turns it off.
         *
         * @param moments ≥ 0
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder m2MaxMoments(int moments) {
            this.m2MaxMoments = SettingChecks.atLeast("m2MaxMoments", moments, 0);
            return this;
        }

        /**
         * Sets the number of E-step workers, the calling thread included: at most threads − 1 tasks go to
         * the executor. 1 calibrates on the calling thread alone.
         *
         * @param threads ≥ 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder parallelism(int threads) {
            this.parallelism = SettingChecks.atLeast("parallelism", threads, 1);
            return this;
        }

        /**
         * Sets the number of response patterns per E-step chunk.
         *
         * @param patterns ≥ 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder chunkSize(int patterns) {
            this.chunkSize = SettingChecks.atLeast("chunkSize", patterns, 1);
            return this;
        }

        /**
         * Sets where the E-step workers other than the calling thread run, e.g. a web service's own pool. The
         * library never shuts it down; a task it refuses is left to the other workers.
         *
         * @param value the executor
         * @return this builder
         */
        public Builder executor(Executor value) {
            this.executor = Objects.requireNonNull(value, "executor");
            return this;
        }

        /**
         * Runs the E-step workers other than the calling thread on the library's shared pool, the default.
         *
         * @return this builder
         */
        public Builder sharedPool() {
            this.executor = null;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the immutable options
         */
        public CalibrationOptions build() {
            return new CalibrationOptions(this);
        }
    }
}
