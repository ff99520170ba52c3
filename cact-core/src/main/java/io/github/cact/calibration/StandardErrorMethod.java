package io.github.cact.calibration;

/**
 * How standard errors of the estimated parameters are computed from the information matrix at the
 * estimate; SE = √diag(I⁻¹).
 */
public enum StandardErrorMethod {
    /** No standard errors. */
    NONE,
    /**
     * Cross-product of the per-pattern observed-data score vectors (XPD):
     * I = Σ_p f_p s_p s_pᵀ, s_p = Σ_q post_p(θ_q) ∂ log P(x_p | θ_q)/∂β. One pass over the data; the
     * empirical (outer-product) information, consistent for the ML estimate (mirt's {@code crossprod}).
     */
    CROSS_PRODUCT,
    /**
     * The observed information −∂²ℓ/∂β∂βᵀ by central differences of the exact observed-data score
     * (Fisher's identity: ∂ℓ/∂β = Σ_q Σ_k r_ikq ∂ log P_ik(θ_q)/∂β), step 1e-5: two E-steps per parameter
     * (mirt's {@code central}). Equals what Oakes' identity computes analytically.
     */
    CENTRAL_DIFFERENCE
}
