package io.github.cact.calibration;

/**
 * Limited-information fit of the whole model from the first- and second-order margins: M2 for
 * dichotomous items (Maydeu-Olivares &amp; Joe 2006, Psychometrika 71), and with polytomous items C2
 * (Cai &amp; Monro 2014, CRESST Report 835; mirt's {@code M2(type = "C2")}), which keeps the univariate
 * margins P(X_i = k), k ≥ 1, and collapses the bivariate ones into the cross-products E[X_i X_j]; C2 is M2
 * when every item is dichotomous. With e = p̂ − π(γ̂) the residuals of these moments, Ξ their covariance
 * for one examinee under the model and Δ = ∂π/∂γ':
 * M2 = N e' [Ξ⁻¹ − Ξ⁻¹Δ(Δ'Ξ⁻¹Δ)⁻¹Δ'Ξ⁻¹] e, df = Σ_i (K_i − 1) + I(I − 1)/2 − (free parameters).
 * RMSEA2 = √max(0, (M2 − df) / (df (N − 1))), with the 90 % interval of Browne &amp; Cudeck (1993):
 * √(λ / (df (N − 1))) for the noncentralities λ at which M2 is the 95th and the 5th percentile of χ²_df(λ)
 * (0 where even λ = 0 leaves M2 below); SRMSR is the root mean square of the residual correlations
 * r_ij(observed) − r_ij(model) over i &lt; j. Computed from the complete response patterns.
 *
 * @param m2 the statistic, ≥ 0
 * @param df its degrees of freedom, &gt; 0
 * @param pValue P(χ²_df ≥ M2)
 * @param rmsea the root mean square error of approximation from M2
 * @param rmseaLower the lower bound of its 90 % interval
 * @param rmseaUpper the upper bound of its 90 % interval
 * @param srmsr the standardized root mean square residual of the inter-item correlations
 * @param examinees N, the examinees with a complete response pattern
 * @param collapsed whether polytomous bivariate margins were collapsed into cross-products (C2) rather
 *     than the dichotomous margins used as they are (M2)
 */
public record LimitedInformationFit(double m2, int df, double pValue, double rmsea, double rmseaLower,
        double rmseaUpper, double srmsr, int examinees, boolean collapsed) {
}
