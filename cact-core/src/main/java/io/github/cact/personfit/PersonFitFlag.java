package io.github.cact.personfit;

import java.util.Locale;

/**
 * The verdict on one person's response pattern: computed and fitting, computed and misfitting, or not
 * computed with the reason. Immutable.
 */
public enum PersonFitFlag {
    /** The statistics are computed and l<sub>z</sub>* is at or above the critical value. */
    FITS,
    /**
     * The statistics are computed and l<sub>z</sub>* is below the critical value
     * ({@link PersonFitOptions#criticalValue()}): the pattern is less likely than the model expects at
     * the person's θ (random responding, copying, a misread answer sheet) and should be checked by a
     * person before the score is used.
     */
    MISFIT,
    /** Fewer answered items than {@link PersonFitOptions#minimumResponses()}; no statistic is computed. */
    TOO_FEW_RESPONSES,
    /**
     * Every answered item is at its lowest category, or every one at its highest: the pattern carries no
     * information on fit (it is the most likely pattern of its kind at any θ, and ML has no finite θ).
     * No statistic is computed.
     */
    EXTREME_PATTERN,
    /**
     * The statistics are not finite at θ (the answered items have no response variance there, which
     * happens only with extreme item parameters far from θ). No statistic is computed.
     */
    UNRESOLVED;

    /**
     * Returns the code used in files.
     *
     * @return e.g. {@code fits}, {@code misfit}, {@code too_few_responses}
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Tells whether the statistics are computed for a person with this flag.
     *
     * @return true for {@link #FITS} and {@link #MISFIT}
     */
    public boolean hasStatistics() {
        return this == FITS || this == MISFIT;
    }
}
