package io.github.cact.competency;

import java.util.Objects;

/**
 * A point Job-Person-Match: JPM = achieved / required × 100, capped as chosen.
 *
 * @param position the position key of the standard
 * @param achieved Σ of the levels, after per-competency capping when that is chosen
 * @param required Σ of the standard levels, &gt; 0
 * @param jpm the unrounded JPM in percent, as computed by {@link JobPersonMatch}
 * @param capping the capping applied
 */
public record JpmResult(String position, int achieved, int required, double jpm, Capping capping) {

    /**
     * Validates the fields.
     *
     * @param position the position key
     * @param achieved Σ of the (capped) levels
     * @param required Σ of the standard levels
     * @param jpm the unrounded JPM
     * @param capping the capping applied
     * @throws IllegalArgumentException for a non-positive required sum, a negative achieved sum or a
     *     non-finite JPM
     */
    public JpmResult {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(capping, "capping");
        if (required <= 0 || achieved < 0 || !Double.isFinite(jpm)) {
            throw new IllegalArgumentException("invalid JPM result for position '" + position + "': achieved "
                    + achieved + ", required " + required + ", JPM " + jpm);
        }
    }

    /**
     * Returns the competency gap index IKK = 100 − JPM (negative for a surplus without capping).
     *
     * @return IKK in percent
     */
    public double ikk() {
        return 100 - jpm;
    }

    /**
     * Returns the filling category of the unrounded JPM.
     *
     * @return MS, MMS or KMS
     */
    public FillingCategory filling() {
        return FillingCategory.of(jpm);
    }

    /**
     * Returns the mapping category of the unrounded JPM.
     *
     * @return OPTIMAL, CUKUP_OPTIMAL or KURANG_OPTIMAL
     */
    public MappingCategory mapping() {
        return MappingCategory.of(jpm);
    }
}
