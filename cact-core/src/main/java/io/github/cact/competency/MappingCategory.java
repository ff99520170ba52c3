package io.github.cact.competency;

import io.github.cact.scoring.DiscreteDistribution;

/**
 * The JPM category used when mapping competencies (pemetaan), lower bounds inclusive, applied to the
 * unrounded JPM (agency practice; see docs/regulations.md#job-person-match).
 */
public enum MappingCategory {
    /** Optimal: JPM ≥ 90. */
    OPTIMAL("Optimal", 90),
    /** Cukup Optimal: 78 ≤ JPM &lt; 90. */
    CUKUP_OPTIMAL("Cukup Optimal", 78),
    /** Kurang Optimal: JPM &lt; 78. */
    KURANG_OPTIMAL("Kurang Optimal", Double.NEGATIVE_INFINITY);

    private final String label;
    private final double lowerBound;

    MappingCategory(String label, double lowerBound) {
        this.label = label;
        this.lowerBound = lowerBound;
    }

    /**
     * Returns the Indonesian label.
     *
     * @return e.g. {@code "Cukup Optimal"}
     */
    public String label() {
        return label;
    }

    /**
     * Returns the inclusive lower bound.
     *
     * @return 90, 78 or −∞
     */
    public double lowerBound() {
        return lowerBound;
    }

    /**
     * Categorises an unrounded JPM.
     *
     * @param jpm the JPM in percent
     * @return OPTIMAL if jpm ≥ 90, CUKUP_OPTIMAL if jpm ≥ 78, else KURANG_OPTIMAL
     * @throws IllegalArgumentException for NaN
     */
    public static MappingCategory of(double jpm) {
        if (Double.isNaN(jpm)) {
            throw new IllegalArgumentException("JPM is NaN");
        }
        return jpm >= OPTIMAL.lowerBound ? OPTIMAL : jpm >= CUKUP_OPTIMAL.lowerBound ? CUKUP_OPTIMAL : KURANG_OPTIMAL;
    }

    /**
     * Returns the probability that a JPM with this distribution falls in this category.
     *
     * @param jpm the distribution of the JPM, e.g. {@link JobPersonMatch#distribution}
     * @return Σ of the probabilities of the values in this category
     */
    public double probability(DiscreteDistribution jpm) {
        return JobPersonMatch.probability(jpm, value -> of(value) == this);
    }
}
