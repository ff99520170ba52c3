package io.github.cact.cli.report;

import java.util.List;

/**
 * The distribution of Job-Person-Match percentages as a histogram with the category thresholds.
 *
 * @param schemeId   the Indonesian name of the category scheme, e.g. {@code Uji kompetensi}
 * @param schemeEn   its English name, e.g. {@code Filling a position}
 * @param binStart   the lower edge of the first bin, in percent
 * @param binWidth   the bin width, in percent (positive)
 * @param counts     people per bin; bin {@code i} is {@code [binStart + i·binWidth, binStart + (i+1)·binWidth)}
 * @param categories the categories from the top down (strictly decreasing lower bounds), with their counts
 */
public record JpmDistribution(String schemeId, String schemeEn, double binStart, double binWidth,
                              List<Integer> counts, List<Category> categories) {

    /**
     * One JPM category, e.g. "Memenuhi Syarat" from 80 %.
     *
     * @param label      the category name, e.g. {@code Memenuhi Syarat}
     * @param abbrev     a short form for chart labels, e.g. {@code MS}
     * @param lowerBound the inclusive lower bound in percent (the bottom category's is not drawn)
     * @param count      how many people fall in the category
     */
    public record Category(String label, String abbrev, double lowerBound, int count) {

        /**
         * Checks the components.
         *
         * @throws NullPointerException     if a text is null
         * @throws IllegalArgumentException if the bound is not finite or the count negative
         */
        public Category {
            Checks.nonBlank(label, "label");
            Checks.text(abbrev, "abbrev");
            Checks.finite(lowerBound, "lowerBound");
            Checks.nonNegative(count, "count");
        }
    }

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the bins are empty or ill-formed, or the categories are not in
     *                                  strictly decreasing order of their lower bounds
     */
    public JpmDistribution {
        Checks.text(schemeId, "schemeId");
        Checks.text(schemeEn, "schemeEn");
        Checks.finite(binStart, "binStart");
        if (!(binWidth > 0.0) || Double.isInfinite(binWidth)) {
            throw new IllegalArgumentException("binWidth must be positive, got " + binWidth);
        }
        counts = Checks.countList(counts, "counts");
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("the JPM histogram needs at least one bin");
        }
        categories = List.copyOf(categories);
        for (int i = 1; i < categories.size(); i++) {
            if (!(categories.get(i).lowerBound() < categories.get(i - 1).lowerBound())) {
                throw new IllegalArgumentException("JPM categories must run from the top down");
            }
        }
    }

    /**
     * The upper edge of the last bin, in percent.
     *
     * @return {@code binStart + counts.size() · binWidth}
     */
    public double binEnd() {
        return binStart + counts.size() * binWidth;
    }
}
