package io.github.cact.dif;

import java.util.Objects;

/**
 * The logistic-regression DIF test of one item (Swaminathan &amp; Rogers 1990; for polytomous items the
 * cumulative-logit model, Zumbo 1999). Three nested models of the item response on the matching score S
 * and the group G (focal = 1): M1 = S, M2 = S + G, M3 = S + G + S·G. Likelihood-ratio tests: uniform DIF
 * M2 vs M1 (1 df), non-uniform DIF M3 vs M2 (1 df), both M3 vs M1 (2 df). Nagelkerke R² of each model,
 * ΔR² = R²(M3) − R²(M1), and the Jodoin &amp; Gierl (2001) class of the 2-df test. Formulas:
 * {@code docs/dif.md}. Every value is finite.
 *
 * @param uniformChiSquare 2 (ℓ2 − ℓ1)
 * @param uniformP its p-value (1 df)
 * @param nonUniformChiSquare 2 (ℓ3 − ℓ2)
 * @param nonUniformP its p-value (1 df)
 * @param chiSquare 2 (ℓ3 − ℓ1)
 * @param p its p-value (2 df)
 * @param r2Base Nagelkerke R² of M1
 * @param r2Uniform Nagelkerke R² of M2
 * @param r2NonUniform Nagelkerke R² of M3
 * @param jodoinGierlClass A, B or C
 * @param categories the number of response categories used (2: binary logistic regression)
 */
public record LogisticDif(double uniformChiSquare, double uniformP, double nonUniformChiSquare, double nonUniformP,
        double chiSquare, double p, double r2Base, double r2Uniform, double r2NonUniform, DifClass jodoinGierlClass,
        int categories) {

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a value is not finite or out of range
     */
    public LogisticDif {
        Objects.requireNonNull(jodoinGierlClass, "jodoinGierlClass");
        for (double v : new double[] {uniformChiSquare, nonUniformChiSquare, chiSquare, r2Base, r2Uniform,
            r2NonUniform}) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("a logistic DIF statistic is not finite: " + v);
            }
        }
        for (double v : new double[] {uniformP, nonUniformP, p}) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("a p-value is outside 0..1: " + v);
            }
        }
        if (categories < 2) {
            throw new IllegalArgumentException("categories must be at least 2, got " + categories);
        }
    }

    /**
     * Returns ΔR² = R²(M3) − R²(M1), the effect size of the Jodoin &amp; Gierl class.
     *
     * @return the change in Nagelkerke R²
     */
    public double deltaR2() {
        return r2NonUniform - r2Base;
    }
}
