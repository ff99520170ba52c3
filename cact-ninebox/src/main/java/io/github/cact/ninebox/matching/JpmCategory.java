package io.github.cact.ninebox.matching;

import io.github.cact.competency.FillingCategory;
import io.github.cact.competency.MappingCategory;

/**
 * The JPM categories of docs/regulations.md#job-person-match, for use as a minimum in
 * {@link Position.Builder#minimumCategory}: filling a position (uji kompetensi) uses MS / MMS / KMS, mapping
 * (pemetaan) uses OPTIMAL / CUKUP_OPTIMAL / KURANG_OPTIMAL. The thresholds are cact-core's
 * {@link FillingCategory} and {@link MappingCategory}, the one place they are defined. The constant names are a
 * file contract.
 */
public enum JpmCategory {
    /** Memenuhi Syarat: JPM ≥ 80 %. */
    MS(FillingCategory.MS.lowerBound()),
    /** Masih Memenuhi Syarat: JPM ≥ 68 %. */
    MMS(FillingCategory.MMS.lowerBound()),
    /** Kurang Memenuhi Syarat: any JPM. */
    KMS(FillingCategory.KMS.lowerBound()),
    /** Optimal: JPM ≥ 90 %. */
    OPTIMAL(MappingCategory.OPTIMAL.lowerBound()),
    /** Cukup Optimal: JPM ≥ 78 %. */
    CUKUP_OPTIMAL(MappingCategory.CUKUP_OPTIMAL.lowerBound()),
    /** Kurang Optimal: any JPM. */
    KURANG_OPTIMAL(MappingCategory.KURANG_OPTIMAL.lowerBound());

    private final double lowerBound;

    JpmCategory(double coreLowerBound) {
        // the bottom categories have no bound (−∞ in cact-core); as a minimum JPM that is 0 %
        this.lowerBound = Math.max(0, coreLowerBound);
    }

    /**
     * Returns the lowest JPM of this category.
     *
     * @return the lower bound in percent, inclusive (0 for the bottom categories)
     */
    public double lowerBound() {
        return lowerBound;
    }
}
