package io.github.cact.dif;

import java.util.List;
import java.util.Objects;

/**
 * The IRT likelihood-ratio DIF test of one item on a multiple-group calibration (Thissen, Steinberg &amp;
 * Wainer 1993): G² = 2 (ℓ_free − ℓ_equal) between the model in which the studied item's parameters are
 * freed for the focal group and the model in which they are equal across groups, the anchors equal and
 * the focal latent mean and variance estimated in both; χ² with df = the number of freed parameters. See
 * {@code docs/dif.md}. Every value is finite.
 *
 * @param chiSquare G², ≥ 0
 * @param df the number of freed parameters, ≥ 1
 * @param p the p-value of χ²_df
 * @param freedParameters the names of the freed parameters (e.g. {@code a}, {@code d})
 * @param anchors the number of anchor items (equal across groups in both models)
 */
public record IrtLrDif(double chiSquare, int df, double p, List<String> freedParameters, int anchors) {

    /**
     * Checks the values and copies the list.
     *
     * @throws IllegalArgumentException if a value is not finite or out of range
     */
    public IrtLrDif {
        freedParameters = List.copyOf(Objects.requireNonNull(freedParameters, "freedParameters"));
        if (!(chiSquare >= 0) || chiSquare == Double.POSITIVE_INFINITY || df < 1 || !(p >= 0 && p <= 1)
                || anchors < 0) {
            throw new IllegalArgumentException("invalid IRT likelihood-ratio result: G2 " + chiSquare + ", df " + df
                    + ", p " + p + ", anchors " + anchors);
        }
    }
}
