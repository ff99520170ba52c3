package io.github.cact.calibration;

/**
 * How the linking constants A, B of θ_base = A·θ_form + B are found from the items common to both forms.
 * Sources: Kolen &amp; Brennan (2014), Test Equating, Scaling, and Linking, ch. 6; Haebara (1980);
 * Stocking &amp; Lord (1983).
 */
public enum LinkingMethod {
    /** Mean/mean (Loyd &amp; Hoover 1980): A = mean(a_form) / mean(a_base), B = mean(b_base) − A·mean(b_form). */
    MEAN_MEAN,
    /** Mean/sigma (Marco 1977): A = sd(b_base) / sd(b_form), B = mean(b_base) − A·mean(b_form). */
    MEAN_SIGMA,
    /** Haebara: minimise Σ_q w_q Σ_i Σ_k (P_ik^base(θ_q) − P_ik^form((θ_q − B)/A))² over A, B. */
    HAEBARA,
    /** Stocking–Lord: minimise Σ_q w_q (TCC^base(θ_q) − TCC^form((θ_q − B)/A))² over A, B. */
    STOCKING_LORD
}
