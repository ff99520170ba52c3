package io.github.cact.cli.report;

import java.util.List;

/**
 * One row of the calibration diagnostics table. Absent statistics are {@link Double#NaN} and print as a dash.
 *
 * @param itemId         the item identifier
 * @param model          the item model, e.g. {@code 2PL} or {@code GRM}
 * @param discrimination the discrimination parameter a, or NaN (e.g. Rasch)
 * @param locations      the difficulty b, or the thresholds/steps of a polytomous item
 * @param sx2            the S-X² item-fit statistic, or NaN
 * @param df             its degrees of freedom (0 when absent)
 * @param p              its p-value in [0, 1], or NaN; the item is flagged when {@code p < 0.01}
 * @param infit          the infit mean square, or NaN
 * @param outfit         the outfit mean square, or NaN
 */
public record ItemFit(String itemId, String model, double discrimination, List<Double> locations, double sx2,
                      int df, double p, double infit, double outfit) {

    /** Items with an S-X² p-value below this are flagged as misfitting. */
    public static final double MISFIT_ALPHA = 0.01;

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the p-value is outside [0, 1], df is negative, or a location is
     *                                  not finite
     */
    public ItemFit {
        Checks.nonBlank(itemId, "itemId");
        Checks.text(model, "model");
        locations = Checks.finiteList(locations, "locations");
        Checks.nonNegative(df, "df");
        if (!Double.isNaN(p)) {
            Checks.proportion(p, "p");
        }
    }

    /**
     * Whether the item misfits: S-X² p-value below {@link #MISFIT_ALPHA}.
     *
     * @return true when flagged
     */
    public boolean misfit() {
        return p < MISFIT_ALPHA;
    }
}
