package io.github.cact.ninebox.matching;

/**
 * The JPM categories of domain.md §4, by their lower bound in percent (inclusive), for use as a minimum in
 * {@link Position.Builder#minimumCategory}. Two schemes exist: filling a position (uji kompetensi) uses
 * MS / MMS / KMS, mapping (pemetaan) uses OPTIMAL / CUKUP_OPTIMAL / KURANG_OPTIMAL. Categorising a JPM value
 * belongs to cact-core; this enum only carries the thresholds. The constant names are a file contract.
 */
public enum JpmCategory {
    /** Memenuhi Syarat: JPM ≥ 80 %. */
    MS(80),
    /** Masih Memenuhi Syarat: JPM ≥ 68 %. */
    MMS(68),
    /** Kurang Memenuhi Syarat: any JPM. */
    KMS(0),
    /** Optimal: JPM ≥ 90 %. */
    OPTIMAL(90),
    /** Cukup Optimal: JPM ≥ 78 %. */
    CUKUP_OPTIMAL(78),
    /** Kurang Optimal: any JPM. */
    KURANG_OPTIMAL(0);

    private final double lowerBound;

    JpmCategory(double lowerBound) {
        this.lowerBound = lowerBound;
    }

    /**
     * Returns the lowest JPM of this category.
     *
     * @return the lower bound in percent, inclusive
     */
    public double lowerBound() {
        return lowerBound;
    }
}
