package io.github.cact.cli;

import io.github.cact.calibration.CalibrationResult;
import java.util.Collection;

/**
 * The totals of scales calibrated one by one, each with its own latent trait: the scales are independent,
 * so log-likelihood, AIC, BIC and the free parameters add up, the calibration took as many cycles as its
 * slowest scale, and it converged when every scale did.
 *
 * @param logLikelihood the sum of the scales' log-likelihoods
 * @param aic the sum of their AIC
 * @param bic the sum of their BIC
 * @param parameters the sum of their free parameters
 * @param cycles the most EM cycles any scale took
 * @param converged whether every scale converged
 */
record ScaleTotals(double logLikelihood, double aic, double bic, int parameters, int cycles, boolean converged) {

    /**
     * Adds up the calibrations of the scales, in the order given.
     *
     * @param results one calibration per scale
     * @return the totals
     */
    static ScaleTotals of(Collection<CalibrationResult> results) {
        double logLik = 0;
        double aic = 0;
        double bic = 0;
        int parameters = 0;
        int cycles = 0;
        boolean converged = true;
        for (CalibrationResult r : results) {
            logLik += r.logLikelihood();
            aic += r.aic();
            bic += r.bic();
            parameters += r.parameterCount();
            cycles = Math.max(cycles, r.cycles());
            converged &= r.converged();
        }
        return new ScaleTotals(logLik, aic, bic, parameters, cycles, converged);
    }
}
