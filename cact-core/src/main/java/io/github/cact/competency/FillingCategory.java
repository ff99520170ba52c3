package io.github.cact.competency;

import io.github.cact.scoring.DiscreteDistribution;

/**
 * The JPM category used when filling a position (uji kompetensi), lower bounds inclusive, applied to the
 * unrounded JPM (a 2020 Berita Negara regulation on competency tests for functional positions; see
 * docs/regulations.md#job-person-match).
 */
public enum FillingCategory {
    /** Memenuhi Syarat: JPM ≥ 80. */
    MS("Memenuhi Syarat", 80),
    /** Masih Memenuhi Syarat: 68 ≤ JPM &lt; 80. */
    MMS("Masih Memenuhi Syarat", 68),
    /** Kurang Memenuhi Syarat: JPM &lt; 68. */
    KMS("Kurang Memenuhi Syarat", Double.NEGATIVE_INFINITY);

    private final String label;
    private final double lowerBound;

    FillingCategory(String label, double lowerBound) {
        this.label = label;
        this.lowerBound = lowerBound;
    }

    /**
     * Returns the Indonesian label.
     *
     * @return e.g. {@code "Memenuhi Syarat"}
     */
    public String label() {
        return label;
    }

    /**
     * Returns the inclusive lower bound.
     *
     * @return 80, 68 or −∞
     */
    public double lowerBound() {
        return lowerBound;
    }

    /**
     * Categorises an unrounded JPM.
     *
     * @param jpm the JPM in percent
     * @return MS if jpm ≥ 80, MMS if jpm ≥ 68, else KMS
     * @throws IllegalArgumentException for NaN
     */
    public static FillingCategory of(double jpm) {
        if (Double.isNaN(jpm)) {
            throw new IllegalArgumentException("JPM is NaN");
        }
        return jpm >= MS.lowerBound ? MS : jpm >= MMS.lowerBound ? MMS : KMS;
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
