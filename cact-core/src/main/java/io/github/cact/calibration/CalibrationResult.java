package io.github.cact.calibration;

import io.github.cact.irt.ItemBank;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The outcome of a calibration: the calibrated items (slope-intercept and IRT form through their models),
 * the fit of the model, the latent distribution, the standard errors of the estimated parameters, item and
 * model fit, and diagnostics. Non-convergence is reported by {@link #converged()} and a warning, never by an
 * exception; every estimate is finite.
 *
 * <p>Estimated parameters are listed by {@link #parameterNames()} in the order of {@link #estimates()},
 * {@link #standardErrors()} and {@link #covariance()}: {@code <item>.a}, {@code <item>.d} (dichotomous),
 * {@code <item>.d1..} (graded), {@code <item>.c1..} (partial credit step intercepts), {@code <item>.g},
 * {@code <item>.u} (on the logit scale, as estimated), {@code 1pl.a} for the common 1PL slope, and
 * {@code latent.mean}, {@code latent.variance} when free. Immutable and thread-safe.
 */
public final class CalibrationResult {

    private final ItemBank bank;
    private final double logLikelihood;
    private final double logPosterior;
    private final int examinees;
    private final int cycles;
    private final boolean converged;
    private final double latentMean;
    private final double latentVariance;
    private final List<String> warnings;
    private final List<String> names;
    private final double[] estimates;
    private final double[] standardErrors;
    private final double[] covariance;
    private final StandardErrorMethod standardErrorMethod;
    private final List<ItemFit> itemFit;
    private final ModelFit modelFit;
    private final LimitedInformationFit limitedInformationFit;

    CalibrationResult(ItemBank bank, double logLikelihood, double logPosterior, int examinees, int cycles,
            boolean converged, double latentMean, double latentVariance, List<String> warnings, List<String> names,
            double[] estimates, double[] standardErrors, double[] covariance, StandardErrorMethod standardErrorMethod,
            List<ItemFit> itemFit, ModelFit modelFit, LimitedInformationFit limitedInformationFit) {
        this.bank = bank;
        this.logLikelihood = logLikelihood;
        this.logPosterior = logPosterior;
        this.examinees = examinees;
        this.cycles = cycles;
        this.converged = converged;
        this.latentMean = latentMean;
        this.latentVariance = latentVariance;
        this.warnings = List.copyOf(warnings);
        this.names = List.copyOf(names);
        this.estimates = estimates.clone();
        this.standardErrors = standardErrors.clone();
        this.covariance = covariance.clone();
        this.standardErrorMethod = standardErrorMethod;
        this.itemFit = List.copyOf(itemFit);
        this.modelFit = modelFit;
        this.limitedInformationFit = limitedInformationFit;
    }

    /**
     * Returns the calibrated items, in the column order of the data (anchors with their fixed parameters).
     *
     * @return the bank; each model gives slope-intercept ({@code intercepts()}) and IRT form ({@code
     *     thresholds()})
     */
    public ItemBank bank() {
        return bank;
    }

    /**
     * Returns the marginal log-likelihood ℓ = Σ_p f_p log Σ_q w_q P(x_p | θ_q) at the estimates.
     *
     * @return ℓ, finite
     */
    public double logLikelihood() {
        return logLikelihood;
    }

    /**
     * Returns ℓ plus the log priors of the estimated parameters (equal to ℓ without priors).
     *
     * @return the log posterior the EM maximised, up to constants
     */
    public double logPosterior() {
        return logPosterior;
    }

    /**
     * Returns the number of estimated parameters k (item parameters, the common 1PL slope, free latent
     * moments).
     *
     * @return k
     */
    public int parameterCount() {
        return estimates.length;
    }

    /**
     * Returns the number of examinees that entered the likelihood (those with at least one response).
     *
     * @return N
     */
    public int examinees() {
        return examinees;
    }

    /**
     * Returns Akaike's information criterion, AIC = −2ℓ + 2k.
     *
     * @return AIC
     */
    public double aic() {
        return -2 * logLikelihood + 2 * estimates.length;
    }

    /**
     * Returns the Bayesian information criterion, BIC = −2ℓ + k ln N.
     *
     * @return BIC
     */
    public double bic() {
        return -2 * logLikelihood + estimates.length * Math.log(examinees);
    }

    /**
     * Returns the number of EM cycles (E-step plus M-step), counting the cycles from extrapolated points of the acceleration.
     *
     * @return the cycles run
     */
    public int cycles() {
        return cycles;
    }

    /**
     * Tells whether the largest parameter change fell below the tolerance within the cycle limit.
     *
     * @return true if converged; if false, the estimates are the last iterate and a warning says so
     */
    public boolean converged() {
        return converged;
    }

    /**
     * Returns the mean of the latent distribution (estimated, or fixed at the quadrature's prior mean).
     *
     * @return μ
     */
    public double latentMean() {
        return latentMean;
    }

    /**
     * Returns the variance of the latent distribution (estimated, or fixed at the quadrature's prior).
     *
     * @return σ²
     */
    public double latentVariance() {
        return latentVariance;
    }

    /**
     * Returns human-readable warnings; each names the item or examinee concerned.
     *
     * @return an unmodifiable list, empty if nothing was noticed
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Returns the names of the estimated parameters.
     *
     * @return an unmodifiable list of k names
     */
    public List<String> parameterNames() {
        return names;
    }

    /**
     * Returns the estimates, in the order of {@link #parameterNames()}.
     *
     * @return a new array of k values
     */
    public double[] estimates() {
        return estimates.clone();
    }

    /**
     * Returns the standard errors, in the order of {@link #parameterNames()}.
     *
     * @return a new array of k values, or an empty array if none were computed (method NONE, or a singular
     *     information matrix, which a warning reports)
     */
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /**
     * Returns the covariance matrix of the estimates, row-major k × k.
     *
     * @return a new array, empty if no standard errors were computed
     */
    public double[] covariance() {
        return covariance.clone();
    }

    /**
     * Returns how the standard errors were computed.
     *
     * @return the method
     */
    public StandardErrorMethod standardErrorMethod() {
        return standardErrorMethod;
    }

    /**
     * Returns the standard error of one parameter.
     *
     * @param itemId an item id (or {@code 1pl}, {@code latent})
     * @param parameter a parameter name: a, d, d1.., c1.., g, u, mean, variance
     * @return the standard error, if the parameter was estimated and standard errors exist
     */
    public OptionalDouble standardError(String itemId, String parameter) {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(parameter, "parameter");
        int j = names.indexOf(itemId + "." + parameter);
        return j < 0 || standardErrors.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(standardErrors[j]);
    }

    /**
     * Returns the item fit statistics, in item order.
     *
     * @return one entry per calibrated item, or an empty list if fit was not requested
     */
    public List<ItemFit> itemFit() {
        return itemFit;
    }

    /**
     * Returns the model fit G2, where the pattern table is small enough.
     *
     * @return G2 with df and p-value, if computed
     */
    public Optional<ModelFit> modelFit() {
        return Optional.ofNullable(modelFit);
    }

    /**
     * Returns the limited-information fit M2 (C2 with polytomous items), RMSEA and SRMSR, computed with
     * item fit for 2 or more items with at most {@link CalibrationOptions#m2MaxMoments()} moments, when the
     * moments leave degrees of freedom. When item fit is on and M2 is not computed, a warning says why
     * (with the number of moments and the limit, when that is the reason).
     *
     * @return M2 with df, p-value, RMSEA and SRMSR, if computed
     */
    public Optional<LimitedInformationFit> limitedInformationFit() {
        return Optional.ofNullable(limitedInformationFit);
    }

    @Override
    public String toString() {
        return "CalibrationResult[" + bank.size() + " items, N=" + examinees + ", logLik=" + logLikelihood
                + ", k=" + estimates.length + ", cycles=" + cycles + (converged ? ", converged" : ", NOT converged")
                + ", latent N(" + latentMean + ", " + latentVariance + "), " + warnings.size() + " warnings]";
    }
}
