package io.github.cact.mirt.estimation;

import io.github.cact.internal.options.SettingChecks;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Settings of a multidimensional calibration. Immutable value type, built with {@link #builder()}.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>setting</th><th>default</th></tr>
 *   <tr><td>method</td><td>{@link EstimationMethod#MHRM}</td></tr>
 *   <tr><td>seed</td><td>1 (MH-RM draws; QMC-EM is deterministic without one)</td></tr>
 *   <tr><td>burn-in cycles</td><td>150: MH-RM stage 1, gain 1 (mirt's BURNIN)</td></tr>
 *   <tr><td>averaging cycles</td><td>100: MH-RM stage 2, gain 1, estimates averaged (mirt's SEMCYCLES)</td></tr>
 *   <tr><td>maximum cycles</td><td>2,000: MH-RM stage 3 (mirt's NCYCLES), or EM cycles</td></tr>
 *   <tr><td>tolerance</td><td>0.001: MH-RM converges when the largest parameter change stays below it for
 *     {@code window} cycles in a row (mirt's MHRM tolerance)</td></tr>
 *   <tr><td>window</td><td>3 cycles</td></tr>
 *   <tr><td>Metropolis steps</td><td>1 sweep per examinee and cycle</td></tr>
 *   <tr><td>EM tolerance</td><td>1e-4: QMC-EM converges when the largest parameter change of a cycle is
 *     below it</td></tr>
 *   <tr><td>QMC points</td><td>2,000 Halton points (QMC-EM)</td></tr>
 *   <tr><td>standard errors</td><td>on (cross-product of the examinees' Fisher scores)</td></tr>
 *   <tr><td>posterior draws</td><td>50 per examinee at the estimate, for standard errors and the
 *     importance sampler of the log-likelihood</td></tr>
 *   <tr><td>log-likelihood points</td><td>200 per examinee (importance sampling)</td></tr>
 *   <tr><td>M2 moments</td><td>500 at most (M2 is not computed for more first- and second-order
 *     moments)</td></tr>
 *   <tr><td>M2 points</td><td>5,000 Halton points for the model's margins</td></tr>
 *   <tr><td>parallelism</td><td>the number of available processors</td></tr>
 *   <tr><td>chunk size</td><td>128 examinees per task</td></tr>
 * </table>
 *
 * <p>Results depend on the seed, the chunk size and the settings above, never on the parallelism or the
 * executor: every chunk draws from its own stream seeded by (seed, cycle, chunk) and sums are added in
 * chunk order.
 */
public final class MirtOptions {

    private static final MirtOptions DEFAULTS = builder().build();

    private final EstimationMethod method;
    private final long seed;
    private final int burnInCycles;
    private final int averagingCycles;
    private final int maxCycles;
    private final double tolerance;
    private final int window;
    private final int metropolisSteps;
    private final double emTolerance;
    private final int qmcPoints;
    private final boolean standardErrors;
    private final int posteriorDraws;
    private final int logLikelihoodPoints;
    private final int m2MaxMoments;
    private final int m2Points;
    private final int parallelism;
    private final int chunkSize;
    private final Executor executor;

    private MirtOptions(Builder b) {
        this.method = b.method;
        this.seed = b.seed;
        this.burnInCycles = b.burnInCycles;
        this.averagingCycles = b.averagingCycles;
        this.maxCycles = b.maxCycles;
        this.tolerance = b.tolerance;
        this.window = b.window;
        this.metropolisSteps = b.metropolisSteps;
        this.emTolerance = b.emTolerance;
        this.qmcPoints = b.qmcPoints;
        this.standardErrors = b.standardErrors;
        this.posteriorDraws = b.posteriorDraws;
        this.logLikelihoodPoints = b.logLikelihoodPoints;
        this.m2MaxMoments = b.m2MaxMoments;
        this.m2Points = b.m2Points;
        this.parallelism = b.parallelism;
        this.chunkSize = b.chunkSize;
        this.executor = b.executor;
    }

    /** @return the defaults listed above */
    public static MirtOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder holding the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these settings */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.method = method;
        b.seed = seed;
        b.burnInCycles = burnInCycles;
        b.averagingCycles = averagingCycles;
        b.maxCycles = maxCycles;
        b.tolerance = tolerance;
        b.window = window;
        b.metropolisSteps = metropolisSteps;
        b.emTolerance = emTolerance;
        b.qmcPoints = qmcPoints;
        b.standardErrors = standardErrors;
        b.posteriorDraws = posteriorDraws;
        b.logLikelihoodPoints = logLikelihoodPoints;
        b.m2MaxMoments = m2MaxMoments;
        b.m2Points = m2Points;
        b.parallelism = parallelism;
        b.chunkSize = chunkSize;
        b.executor = executor;
        return b;
    }

    /** @return the estimation method */
    public EstimationMethod method() {
        return method;
    }

    /** @return the seed of the random draws */
    public long seed() {
        return seed;
    }

    /** @return MH-RM stage-1 cycles */
    public int burnInCycles() {
        return burnInCycles;
    }

    /** @return MH-RM stage-2 cycles */
    public int averagingCycles() {
        return averagingCycles;
    }

    /** @return the most MH-RM stage-3 cycles, or EM cycles */
    public int maxCycles() {
        return maxCycles;
    }

    /** @return the MH-RM convergence tolerance */
    public double tolerance() {
        return tolerance;
    }

    /** @return the number of consecutive MH-RM cycles below the tolerance that means convergence */
    public int window() {
        return window;
    }

    /** @return Metropolis–Hastings sweeps per examinee and cycle */
    public int metropolisSteps() {
        return metropolisSteps;
    }

    /** @return the QMC-EM convergence tolerance */
    public double emTolerance() {
        return emTolerance;
    }

    /** @return the number of QMC-EM points */
    public int qmcPoints() {
        return qmcPoints;
    }

    /** @return whether standard errors are computed */
    public boolean standardErrors() {
        return standardErrors;
    }

    /** @return posterior draws per examinee at the estimate */
    public int posteriorDraws() {
        return posteriorDraws;
    }

    /** @return importance-sampling points per examinee for the log-likelihood */
    public int logLikelihoodPoints() {
        return logLikelihoodPoints;
    }

    /** @return the most first- and second-order moments for which M2 is computed (0: never) */
    public int m2MaxMoments() {
        return m2MaxMoments;
    }

    /** @return the Halton points of the M2 integrals */
    public int m2Points() {
        return m2Points;
    }

    /** @return the most workers, the calling thread included */
    public int parallelism() {
        return parallelism;
    }

    /** @return examinees per task */
    public int chunkSize() {
        return chunkSize;
    }

    /** @return the host's executor, or empty for the library's shared pool */
    public Optional<Executor> executor() {
        return Optional.ofNullable(executor);
    }

    @Override
    public String toString() {
        return "MirtOptions[method=" + method + ", seed=" + seed + ", burnIn=" + burnInCycles + ", averaging="
                + averagingCycles + ", maxCycles=" + maxCycles + ", tolerance=" + tolerance + ", window=" + window
                + ", metropolisSteps=" + metropolisSteps + ", emTolerance=" + emTolerance + ", qmcPoints="
                + qmcPoints + ", standardErrors=" + standardErrors + ", posteriorDraws=" + posteriorDraws
                + ", logLikelihoodPoints=" + logLikelihoodPoints + ", m2MaxMoments=" + m2MaxMoments + ", m2Points="
                + m2Points + ", parallelism=" + parallelism + ", chunkSize="
                + chunkSize + "]";
    }

    /** Builds {@link MirtOptions}; every setter checks its range and names the setting in its error. */
    public static final class Builder {
        private EstimationMethod method = EstimationMethod.MHRM;
        private long seed = 1;
        private int burnInCycles = 150;
        private int averagingCycles = 100;
        private int maxCycles = 2000;
        private double tolerance = 1e-3;
        private int window = 3;
        private int metropolisSteps = 1;
        private double emTolerance = 1e-4;
        private int qmcPoints = 2000;
        private boolean standardErrors = true;
        private int posteriorDraws = 50;
        private int logLikelihoodPoints = 200;
        private int m2MaxMoments = 500;
        private int m2Points = 5000;
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private int chunkSize = 128;
        private Executor executor;

        private Builder() {
        }

        /**
         * @param value the estimation method
         * @return this builder
         */
        public Builder method(EstimationMethod value) {
            method = Objects.requireNonNull(value, "method");
            return this;
        }

        /**
         * @param value any seed
         * @return this builder
         */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /**
         * @param cycles ≥ 1
         * @return this builder
         */
        public Builder burnInCycles(int cycles) {
            burnInCycles = SettingChecks.atLeast("burnInCycles", cycles, 1);
            return this;
        }

        /**
         * @param cycles ≥ 1
         * @return this builder
         */
        public Builder averagingCycles(int cycles) {
            averagingCycles = SettingChecks.atLeast("averagingCycles", cycles, 1);
            return this;
        }

        /**
         * @param cycles ≥ 1
         * @return this builder
         */
        public Builder maxCycles(int cycles) {
            maxCycles = SettingChecks.atLeast("maxCycles", cycles, 1);
            return this;
        }

        /**
         * @param value finite and &gt; 0
         * @return this builder
         */
        public Builder tolerance(double value) {
            tolerance = SettingChecks.finitePositive("tolerance", value);
            return this;
        }

        /**
         * @param cycles ≥ 1
         * @return this builder
         */
        public Builder window(int cycles) {
            window = SettingChecks.atLeast("window", cycles, 1);
            return this;
        }

        /**
         * @param sweeps ≥ 1
         * @return this builder
         */
        public Builder metropolisSteps(int sweeps) {
            metropolisSteps = SettingChecks.atLeast("metropolisSteps", sweeps, 1);
            return this;
        }

        /**
         * @param value finite and &gt; 0
         * @return this builder
         */
        public Builder emTolerance(double value) {
            emTolerance = SettingChecks.finitePositive("emTolerance", value);
            return this;
        }

        /**
         * @param points ≥ 10
         * @return this builder
         */
        public Builder qmcPoints(int points) {
            qmcPoints = SettingChecks.atLeast("qmcPoints", points, 10);
            return this;
        }

        /**
         * @param on whether to compute standard errors
         * @return this builder
         */
        public Builder standardErrors(boolean on) {
            standardErrors = on;
            return this;
        }

        /**
         * @param draws ≥ 10
         * @return this builder
         */
        public Builder posteriorDraws(int draws) {
            posteriorDraws = SettingChecks.atLeast("posteriorDraws", draws, 10);
            return this;
        }

        /**
         * @param points ≥ 10
         * @return this builder
         */
        public Builder logLikelihoodPoints(int points) {
            logLikelihoodPoints = SettingChecks.atLeast("logLikelihoodPoints", points, 10);
            return this;
        }

        /**
         * @param moments ≥ 0, the most first- and second-order moments for which M2 is computed (its time
         *     grows with their square times {@link #m2Points(int)}, and with their cube); 0 turns it off
         * @return this builder
         */
        public Builder m2MaxMoments(int moments) {
            m2MaxMoments = SettingChecks.atLeast("m2MaxMoments", moments, 0);
            return this;
        }

        /**
         * @param points ≥ 100, the Halton points of the M2 integrals
         * @return this builder
         */
        public Builder m2Points(int points) {
            m2Points = SettingChecks.atLeast("m2Points", points, 100);
            return this;
        }

        /**
         * @param threads ≥ 1, the calling thread included
         * @return this builder
         */
        public Builder parallelism(int threads) {
            parallelism = SettingChecks.atLeast("parallelism", threads, 1);
            return this;
        }

        /**
         * @param examinees ≥ 1
         * @return this builder
         */
        public Builder chunkSize(int examinees) {
            chunkSize = SettingChecks.atLeast("chunkSize", examinees, 1);
            return this;
        }

        /**
         * @param value the host's executor, never shut down by the library
         * @return this builder
         */
        public Builder executor(Executor value) {
            executor = Objects.requireNonNull(value, "executor");
            return this;
        }

        /** @return the options */
        public MirtOptions build() {
            return new MirtOptions(this);
        }
    }
}
