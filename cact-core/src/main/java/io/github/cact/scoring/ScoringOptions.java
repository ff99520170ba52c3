package io.github.cact.scoring;

import io.github.cact.internal.options.SettingChecks;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The settings of a {@link Scorer}. Defaults (mirt's {@code fscores} where it has one):
 *
 * <table>
 *   <caption>Options and defaults</caption>
 *   <tr><th>option</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@link #method()}</td><td>{@link ScoringMethod#EAP}</td><td>the estimator</td></tr>
 *   <tr><td>{@link #quadrature()}</td><td>{@link Quadrature#scoringDefault()}: 121 nodes on [−6, 6],
 *       N(0, 1)</td><td>the grid of EAP, EAPsum and the posterior; its normal prior is the prior of EAP,
 *       MAP and EAPsum</td></tr>
 *   <tr><td>{@link #bound()}</td><td>20</td><td>modal estimates (MAP, ML, WLE) lie in [−bound, bound]</td></tr>
 *   <tr><td>{@link #tolerance()}</td><td>1e-8</td><td>the modal solver stops when a step in θ is
 *       smaller</td></tr>
 *   <tr><td>{@link #maxIterations()}</td><td>200</td><td>solver iterations before
 *       {@link ScoreStatus#NOT_CONVERGED}</td></tr>
 *   <tr><td>{@link #parallelism()}</td><td>{@code Runtime.availableProcessors()}</td><td>workers of a
 *       batch, the calling thread included (1: the calling thread alone); does not change any result</td></tr>
 *   <tr><td>{@link #executor()}</td><td>the library's shared pool</td><td>where the other workers run: one
 *       pool of daemon threads per JVM, one per processor, created on first use and never shut down by a
 *       call; or the host's executor, which the library never shuts down; does not change any
 *       result</td></tr>
 *   <tr><td>{@link #chunkSize()}</td><td>1,024</td><td>examinees per unit of parallel work; does not change
 *       any result</td></tr>
 * </table>
 *
 * <p>A value type: immutable, thread-safe, compared by content (a given executor by identity).
 */
public final class ScoringOptions {

    /** The default bound of modal estimates: {@value}. */
    public static final double DEFAULT_BOUND = 20;
    /** The default solver tolerance in θ: {@value}. */
    public static final double DEFAULT_TOLERANCE = 1e-8;
    /** The default maximum number of solver iterations: {@value}. */
    public static final int DEFAULT_MAX_ITERATIONS = 200;
    /** The default number of examinees per chunk: {@value}. */
    public static final int DEFAULT_CHUNK_SIZE = 1024;

    private final ScoringMethod method;
    private final Quadrature quadrature;
    private final double bound;
    private final double tolerance;
    private final int maxIterations;
    private final int parallelism;
    private final int chunkSize;
    private final Executor executor;

    private ScoringOptions(Builder b) {
        this.method = b.method;
        this.quadrature = b.quadrature;
        this.bound = b.bound;
        this.tolerance = b.tolerance;
        this.maxIterations = b.maxIterations;
        this.parallelism = b.parallelism;
        this.chunkSize = b.chunkSize;
        this.executor = b.executor;
    }

    /**
     * Returns the defaults.
     *
     * @return EAP on the default scoring grid with every other default
     */
    public static ScoringOptions defaults() {
        return builder().build();
    }

    /**
     * Returns the defaults with another method.
     *
     * @param method the estimator
     * @return the options
     */
    public static ScoringOptions of(ScoringMethod method) {
        return builder().method(method).build();
    }

    /**
     * Starts a builder holding the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding these options.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.method = method;
        b.quadrature = quadrature;
        b.bound = bound;
        b.tolerance = tolerance;
        b.maxIterations = maxIterations;
        b.parallelism = parallelism;
        b.chunkSize = chunkSize;
        b.executor = executor;
        return b;
    }

    /**
     * Returns the estimator.
     *
     * @return the method
     */
    public ScoringMethod method() {
        return method;
    }

    /**
     * Returns the quadrature grid with its normal prior.
     *
     * @return the grid
     */
    public Quadrature quadrature() {
        return quadrature;
    }

    /**
     * Returns the bound of modal estimates.
     *
     * @return the bound, &gt; 0
     */
    public double bound() {
        return bound;
    }

    /**
     * Returns the solver tolerance in θ.
     *
     * @return the tolerance, &gt; 0
     */
    public double tolerance() {
        return tolerance;
    }

    /**
     * Returns the maximum number of solver iterations.
     *
     * @return at least 1
     */
    public int maxIterations() {
        return maxIterations;
    }

    /**
     * Returns the number of workers of a batch, the calling thread included.
     *
     * @return at least 1
     */
    public int parallelism() {
        return parallelism;
    }

    /**
     * Returns the number of examinees per chunk of a batch.
     *
     * @return at least 1
     */
    public int chunkSize() {
        return chunkSize;
    }

    /**
     * Returns the executor of the workers other than the calling thread.
     *
     * @return the host's executor, or empty for the library's shared pool
     */
    public Optional<Executor> executor() {
        return Optional.ofNullable(executor);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoringOptions other && method == other.method && quadrature.equals(other.quadrature)
                && Double.compare(bound, other.bound) == 0 && Double.compare(tolerance, other.tolerance) == 0
                && maxIterations == other.maxIterations && parallelism == other.parallelism
                && chunkSize == other.chunkSize && executor == other.executor;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, quadrature, bound, tolerance, maxIterations, parallelism, chunkSize,
                System.identityHashCode(executor));
    }

    @Override
    public String toString() {
        return "ScoringOptions[" + method.code() + ", " + quadrature + ", bound=" + bound + ", tolerance="
                + tolerance + ", maxIterations=" + maxIterations + ", parallelism=" + parallelism
                + ", chunkSize=" + chunkSize + ", executor=" + (executor == null ? "shared" : "given") + "]";
    }

    /** Collects options; starts from the defaults. Not thread-safe. */
    public static final class Builder {

        private ScoringMethod method = ScoringMethod.EAP;
        private Quadrature quadrature = Quadrature.scoringDefault();
        private double bound = DEFAULT_BOUND;
        private double tolerance = DEFAULT_TOLERANCE;
        private int maxIterations = DEFAULT_MAX_ITERATIONS;
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private int chunkSize = DEFAULT_CHUNK_SIZE;
        private Executor executor;

        private Builder() {
        }

        /**
         * Sets the estimator.
         *
         * @param value the method
         * @return this builder
         */
        public Builder method(ScoringMethod value) {
            this.method = Objects.requireNonNull(value, "method");
            return this;
        }

        /**
         * Sets the grid and its normal prior.
         *
         * @param value the grid
         * @return this builder
         */
        public Builder quadrature(Quadrature value) {
            this.quadrature = Objects.requireNonNull(value, "quadrature");
            return this;
        }

        /**
         * Sets the bound of modal estimates.
         *
         * @param value finite and &gt; 0
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder bound(double value) {
            this.bound = SettingChecks.finitePositive("bound", value);
            return this;
        }

        /**
         * Sets the solver tolerance in θ.
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
         * Sets the maximum number of solver iterations.
         *
         * @param value at least 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxIterations(int value) {
            this.maxIterations = SettingChecks.atLeast("maxIterations", value, 1);
            return this;
        }

        /**
         * Sets the number of workers of a batch, the calling thread included: at most value − 1 tasks of a
         * batch go to the executor. 1 scores on the calling thread alone.
         *
         * @param value at least 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder parallelism(int value) {
            this.parallelism = SettingChecks.atLeast("parallelism", value, 1);
            return this;
        }

        /**
         * Sets the number of examinees per chunk.
         *
         * @param value at least 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder chunkSize(int value) {
            this.chunkSize = SettingChecks.atLeast("chunkSize", value, 1);
            return this;
        }

        /**
         * Sets where the workers other than the calling thread run, e.g. a web service's own pool. The
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
         * Runs the workers other than the calling thread on the library's shared pool, the default.
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
         * @return the options
         */
        public ScoringOptions build() {
            return new ScoringOptions(this);
        }
    }
}
