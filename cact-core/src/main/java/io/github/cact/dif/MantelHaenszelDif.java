package io.github.cact.dif;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The Mantel–Haenszel DIF test of one item, stratified by the matching score. For a dichotomous item:
 * the continuity-corrected Mantel–Haenszel χ² (1 df), the common odds ratio α_MH, the ETS delta
 * Δ_MH = −2.35 ln α_MH with its standard error (Robins, Breslow &amp; Greenland 1986) and the ETS class;
 * Δ &lt; 0 means the item is harder for the focal group than for reference examinees of the same score. For
 * a polytomous item: Mantel's (1963) χ² (1 df), the odds ratio and delta absent, and the ETS class of the
 * standardized mean difference (AA/BB/CC reported as A/B/C). Formulas and rules: {@code docs/dif.md}.
 * Every value is finite.
 *
 * @param chiSquare the χ² statistic, ≥ 0
 * @param p its p-value (χ² with 1 df)
 * @param commonOddsRatio α_MH, positive and finite (dichotomous items only)
 * @param delta Δ_MH (dichotomous items only)
 * @param deltaStandardError the standard error of Δ_MH (dichotomous items only)
 * @param standardizedMeanDifference SMD = Σ_k p_Fk (m_Fk − m_Rk), the focal-weighted difference of the
 *     mean item scores at equal matching score (Dorans &amp; Schmitt 1991); for a dichotomous item this is
 *     STD P-DIF (Dorans &amp; Kulick 1986)
 * @param effectSize SMD divided by the item's standard deviation in both groups together
 * @param etsClass the ETS class
 * @param strata the number of score levels holding examinees of both groups
 */
public record MantelHaenszelDif(double chiSquare, double p, OptionalDouble commonOddsRatio, OptionalDouble delta,
        OptionalDouble deltaStandardError, double standardizedMeanDifference, double effectSize, DifClass etsClass,
        int strata) {

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a value is not finite or out of range
     */
    public MantelHaenszelDif {
        Objects.requireNonNull(commonOddsRatio, "commonOddsRatio");
        Objects.requireNonNull(delta, "delta");
        Objects.requireNonNull(deltaStandardError, "deltaStandardError");
        Objects.requireNonNull(etsClass, "etsClass");
        if (!(chiSquare >= 0) || chiSquare == Double.POSITIVE_INFINITY || !(p >= 0 && p <= 1)
                || !Double.isFinite(standardizedMeanDifference) || !Double.isFinite(effectSize) || strata < 1) {
            throw new IllegalArgumentException("invalid Mantel–Haenszel result: chi2 " + chiSquare + ", p " + p
                    + ", SMD " + standardizedMeanDifference + ", effect size " + effectSize + ", strata " + strata);
        }
        if (commonOddsRatio.isPresent() && !(commonOddsRatio.getAsDouble() > 0
                && commonOddsRatio.getAsDouble() < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("the common odds ratio must be positive and finite, got "
                    + commonOddsRatio.getAsDouble());
        }
        if (delta.isPresent() && !Double.isFinite(delta.getAsDouble())
                || deltaStandardError.isPresent() && !(deltaStandardError.getAsDouble() >= 0
                && deltaStandardError.getAsDouble() < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("delta and its standard error must be finite");
        }
    }

    /**
     * Tells whether the item was tested as polytomous (Mantel's test; no odds ratio or delta).
     *
     * @return true for a polytomous item
     */
    public boolean polytomous() {
        return delta.isEmpty();
    }
}
