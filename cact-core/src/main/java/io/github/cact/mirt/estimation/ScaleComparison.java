package io.github.cact.mirt.estimation;

import io.github.cact.calibration.LimitedInformationFit;
import io.github.cact.internal.fit.LimitedInformation;
import java.util.List;
import java.util.Optional;

/**
 * The correlated-factor model against the D separate unidimensional scales, each calibrated on its own
 * items (equivalently, the same simple-structure model with uncorrelated factors, R = I, whose likelihood is
 * the product of the scales'). The separate model's log-likelihood is the sum of the scales', its Monte Carlo
 * error the root sum of their squares, and its parameters their sum; M2 of the separate model is that of all
 * items jointly under R = I, so that the moments across scales count. The likelihood-ratio statistic
 * 2(log L_correlated − log L_separate) is χ² with D(D − 1)/2 df when the factors are uncorrelated. Immutable.
 */
public final class ScaleComparison {

    /**
     * The fit of one model.
     *
     * @param name {@code "correlated factors"} or {@code "separate scales"}
     * @param logLikelihood log L (estimated: importance sampling for MH-RM, the QMC rule for QMC-EM)
     * @param logLikelihoodError its Monte Carlo standard error
     * @param parameters free parameters k
     * @param aic −2 log L + 2k
     * @param bic −2 log L + k log N
     * @param m2 M2 (C2), when computed
     */
    public record Fit(String name, double logLikelihood, double logLikelihoodError, int parameters, double aic,
            double bic, Optional<LimitedInformationFit> m2) {
    }

    private final Fit correlated;
    private final Fit separate;
    private final List<MirtResult> scales;

    ScaleComparison(Fit correlated, Fit separate, List<MirtResult> scales) {
        this.correlated = correlated;
        this.separate = separate;
        this.scales = List.copyOf(scales);
    }

    static Fit fit(String name, double logLikelihood, double error, int parameters, int examinees,
            LimitedInformationFit m2) {
        return new Fit(name, logLikelihood, error, parameters, -2 * logLikelihood + 2.0 * parameters,
                -2 * logLikelihood + parameters * Math.log(examinees), Optional.ofNullable(m2));
    }

    /** @return the correlated-factor model */
    public Fit correlated() {
        return correlated;
    }

    /** @return the separate scales, together */
    public Fit separate() {
        return separate;
    }

    /** @return the calibration of each scale on its own, in the order of the factors */
    public List<MirtResult> scales() {
        return scales;
    }

    /** @return 2(log L_correlated − log L_separate) */
    public double likelihoodRatio() {
        return 2 * (correlated.logLikelihood() - separate.logLikelihood());
    }

    /** @return the Monte Carlo standard error of {@link #likelihoodRatio()}, 2√(e_c² + e_s²) */
    public double likelihoodRatioError() {
        return 2 * Math.hypot(correlated.logLikelihoodError(), separate.logLikelihoodError());
    }

    /** @return its degrees of freedom, the difference in parameters (D(D − 1)/2 correlations) */
    public int likelihoodRatioDf() {
        return correlated.parameters() - separate.parameters();
    }

    /** @return P(χ²_df ≥ likelihood ratio) */
    public double likelihoodRatioPValue() {
        return LimitedInformation.chiSquareUpperTail(likelihoodRatio(), likelihoodRatioDf());
    }

    @Override
    public String toString() {
        return "ScaleComparison[" + correlated + ", " + separate + ", LR " + likelihoodRatio() + " ± "
                + likelihoodRatioError() + " on " + likelihoodRatioDf() + " df]";
    }
}
