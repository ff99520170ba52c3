package io.github.cact.calibration;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Fit statistics of one item.
 *
 * <p>S-X2 (Orlando &amp; Thissen 2000, Applied Psychological Measurement 24(1)): examinees with complete
 * responses are grouped by summed score s (excluding the two extremes); per group the observed category
 * proportions are compared with E[P(X_i = k | S = s)] = Σ_q w_q P_ik(θ_q) f_{−i}(s − k | θ_q) / Σ_q w_q
 * f(s | θ_q), where f and f_{−i} are the summed-score distributions of all items and of all items but i
 * (Lord–Wingersky recursion). Adjacent groups are pooled until every expected count is at least 1 (mirt's
 * {@code mincell = 1}); df = (groups) × (K − 1) − (free parameters of the item).
 *
 * <p>Infit and outfit mean squares (Wright &amp; Masters 1982) for Rasch-family items (Rasch, 1PL, PCM), with
 * each examinee at the posterior mean (EAP) of θ: outfit = mean of z², infit = Σ (x − E)² / Σ Var.
 *
 * @param itemId the item
 * @param sx2 S-X2, if it could be computed (it needs complete responses and df &gt; 0)
 * @param df its degrees of freedom (0 if absent)
 * @param pValue P(χ²_df ≥ S-X2), if S-X2 is present
 * @param infit the infit mean square, for Rasch-family items
 * @param outfit the outfit mean square, for Rasch-family items
 */
public record ItemFit(String itemId, OptionalDouble sx2, int df, OptionalDouble pValue, OptionalDouble infit,
        OptionalDouble outfit) {

    /**
     * Checks the components.
     *
     * @param itemId the item
     * @param sx2 S-X2
     * @param df degrees of freedom
     * @param pValue the p-value
     * @param infit the infit mean square
     * @param outfit the outfit mean square
     */
    public ItemFit {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(sx2, "sx2");
        Objects.requireNonNull(pValue, "pValue");
        Objects.requireNonNull(infit, "infit");
        Objects.requireNonNull(outfit, "outfit");
    }
}
