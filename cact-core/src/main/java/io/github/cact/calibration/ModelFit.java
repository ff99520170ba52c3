package io.github.cact.calibration;

/**
 * Likelihood-ratio fit of the whole model against the saturated multinomial over response patterns:
 * G2 = 2 Σ_p f_p ln(f_p / (N P̂_p)), df = (number of possible patterns − 1) − (estimated parameters).
 * Computed only for complete data with at most 2^15 possible patterns, where the χ² reference is
 * meaningful at all. Source: Bock &amp; Aitkin (1981); mirt's {@code M2}/{@code G2} output.
 *
 * @param g2 the statistic, ≥ 0
 * @param df the degrees of freedom
 * @param pValue P(χ²_df ≥ G2), or 0 if df ≤ 0
 */
public record ModelFit(double g2, int df, double pValue) {
}
