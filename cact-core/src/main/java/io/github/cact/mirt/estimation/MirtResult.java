package io.github.cact.mirt.estimation;

import io.github.cact.calibration.LimitedInformationFit;
import io.github.cact.mirt.MultidimensionalBank;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The outcome of a multidimensional calibration: the estimated bank (items and factor correlations), the
 * log-likelihood with its Monte Carlo error, AIC and BIC, standard errors and convergence diagnostics.
 * Immutable and thread-safe.
 *
 * <p>Parameters are listed ({@link #parameterNames()}) item by item in bank order as
 * {@code itemId.a<f>} (1-based factor), {@code itemId.d} or {@code itemId.d<k>}, {@code itemId.g},
 * {@code itemId.u} (asymptotes as probabilities), then the correlations {@code r(F,G)} row by row below
 * the diagonal.
 */
public final class MirtResult {

    private final MultidimensionalBank bank;
    private final EstimationMethod method;
    private final int examinees;
    private final int cycles;
    private final boolean converged;
    private final double logLikelihood;
    private final double logLikelihoodError;
    private final List<String> parameterNames;
    private final double[] estimates;
    private final double[] standardErrors;
    private final double acceptanceRate;
    private final int parameterCount;
    private final double[] factorVariances;
    private final LimitedInformationFit limitedInformationFit;
    private final double[] changes;
    private final List<String> warnings;

    MirtResult(MultidimensionalBank bank, EstimationMethod method, int examinees, int cycles, boolean converged,
            double logLikelihood, double logLikelihoodError, int parameterCount, List<String> parameterNames,
            double[] estimates, double[] standardErrors, double[] factorVariances, double acceptanceRate,
            double[] changes, LimitedInformationFit limitedInformationFit, List<String> warnings) {
        this.bank = bank;
        this.method = method;
        this.examinees = examinees;
        this.cycles = cycles;
        this.converged = converged;
        this.logLikelihood = logLikelihood;
        this.logLikelihoodError = logLikelihoodError;
        this.parameterNames = List.copyOf(parameterNames);
        this.estimates = estimates.clone();
        this.standardErrors = standardErrors == null ? null : standardErrors.clone();
        this.acceptanceRate = acceptanceRate;
        this.parameterCount = parameterCount;
        this.factorVariances = factorVariances.clone();
        this.limitedInformationFit = limitedInformationFit;
        this.changes = changes.clone();
        this.warnings = List.copyOf(warnings);
    }

    /** @return the estimated bank: items, factor names and the latent correlation matrix */
    public MultidimensionalBank bank() {
        return bank;
    }

    /** @return the estimated correlation matrix of the factors, D × D (a new array) */
    public double[][] correlations() {
        return bank.latent().correlations();
    }

    /** @return the method used */
    public EstimationMethod method() {
        return method;
    }

    /** @return the number of examinees */
    public int examinees() {
        return examinees;
    }

    /** @return MH-RM cycles over all three stages, or EM cycles */
    public int cycles() {
        return cycles;
    }

    /** @return whether the convergence criterion was met within the maximum cycles */
    public boolean converged() {
        return converged;
    }

    /**
     * Returns the marginal log-likelihood at the estimate, Σ_p log ∫ P(x_p | θ) φ(θ; 0, R) dθ, estimated by
     * importance sampling (MH-RM) or by the QMC rule (QMC-EM).
     *
     * @return the estimate
     */
    public double logLikelihood() {
        return logLikelihood;
    }

    /**
     * Returns the Monte Carlo standard error of {@link #logLikelihood()} (the examinees' delta-method
     * variances added).
     *
     * @return the error, ≥ 0
     */
    public double logLikelihoodError() {
        return logLikelihoodError;
    }

    /**
     * Returns the number of free parameters: a slope shared by several items (1PL; Rasch and PCM items on a
     * factor with free variance) counts once.
     *
     * @return k of AIC and BIC
     */
    public int parameterCount() {
        return parameterCount;
    }

    /**
     * Returns M2 (C2 with polytomous items) of the fitted model from the univariate and bivariate margins of
     * the examinees who answered every item, the margins integrated over {@link MirtOptions#m2Points()}
     * Halton points; df = moments − {@link #parameterCount()}. Empty, with a warning saying why, when the
     * items have more than {@link MirtOptions#m2MaxMoments()} moments, leave no degree of freedom or the
     * moments do not identify the parameters.
     *
     * @return the limited-information fit
     */
    public Optional<LimitedInformationFit> limitedInformationFit() {
        return Optional.ofNullable(limitedInformationFit);
    }

    /**
     * Returns the factor variances in the metric where Rasch and PCM items have slope 1 (mirt's convention):
     * for a factor on which only Rasch and PCM items load, the square of their common slope in
     * {@link #bank()} (which has unit variances, the items stored as 1PL and GPCM with that slope); 1 for
     * every other factor.
     *
     * @return D variances
     */
    public double[] factorVariances() {
        return factorVariances.clone();
    }

    /** @return AIC = −2 log L + 2k */
    public double aic() {
        return -2 * logLikelihood + 2.0 * parameterCount();
    }

    /** @return BIC = −2 log L + k log N */
    public double bic() {
        return -2 * logLikelihood + parameterCount() * Math.log(examinees);
    }

    /** @return the parameter names, as described in the class comment */
    public List<String> parameterNames() {
        return parameterNames;
    }

    /** @return the estimates, in the order of {@link #parameterNames()} (a new array) */
    public double[] estimates() {
        return estimates.clone();
    }

    /**
     * Returns the standard errors.
     *
     * @return the standard errors in the order of {@link #parameterNames()} (a new array), or empty if they
     *     were not requested
     */
    public Optional<double[]> standardErrors() {
        return standardErrors == null ? Optional.empty() : Optional.of(standardErrors.clone());
    }

    /**
     * Returns the standard error of one item parameter.
     *
     * @param itemId the item id
     * @param parameter {@code a<f>}, {@code d}, {@code d<k>}, {@code g} or {@code u}
     * @return the standard error, or empty if there is no such parameter or none were computed
     */
    public OptionalDouble standardError(String itemId, String parameter) {
        return lookup(itemId + "." + parameter);
    }

    /**
     * Returns the standard error of a correlation.
     *
     * @param i a factor, 0-based
     * @param j another factor, 0-based
     * @return the standard error, or empty if none were computed or i = j
     */
    public OptionalDouble correlationStandardError(int i, int j) {
        if (i == j) {
            return OptionalDouble.empty();
        }
        List<String> f = bank.factors();
        return lookup("r(" + f.get(Math.max(i, j)) + "," + f.get(Math.min(i, j)) + ")");
    }

    private OptionalDouble lookup(String name) {
        int k = parameterNames.indexOf(name);
        return k < 0 || standardErrors == null ? OptionalDouble.empty() : OptionalDouble.of(standardErrors[k]);
    }

    /** @return the Metropolis–Hastings acceptance rate of the last MH-RM cycle; 0 for QMC-EM */
    public double acceptanceRate() {
        return acceptanceRate;
    }

    /** @return the largest absolute parameter change of every cycle, in cycle order (a new array) */
    public double[] changes() {
        return changes.clone();
    }

    /** @return warnings: non-convergence, standard errors not available, … */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return "MirtResult[" + method + ", " + bank.size() + " items, " + bank.dimensions() + " factors, "
                + examinees + " examinees, cycles=" + cycles + ", converged=" + converged + ", logLik="
                + logLikelihood + "]";
    }
}
