package io.github.cact.personfit;

/**
 * The settings of person fit: the fewest answered items for which it is computed, and the critical
 * value of l<sub>z</sub>* below which a pattern is flagged. Immutable.
 *
 * @param minimumResponses the fewest answered items, ≥ 1 (default {@value #DEFAULT_MINIMUM_RESPONSES})
 * @param criticalValue the one-sided critical value of l<sub>z</sub>*, finite (default
 *     {@value #DEFAULT_CRITICAL_VALUE}, the 5 % lower quantile of N(0, 1))
 */
public record PersonFitOptions(int minimumResponses, double criticalValue) {

    /**
     * Default fewest answered items (a cact default, not a published rule): l<sub>z</sub> and l<sub>z</sub>* are
     * sums over items referred to the normal distribution, a poor approximation for very short tests.
     */
    public static final int DEFAULT_MINIMUM_RESPONSES = 10;

    /** Default critical value: one-sided α = 0.05 against the N(0, 1) null distribution of Snijders (2001). */
    public static final double DEFAULT_CRITICAL_VALUE = -1.645;

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException if a value is out of range; the message names it
     */
    public PersonFitOptions {
        if (minimumResponses < 1) {
            throw new IllegalArgumentException("the minimum number of answered items must be >= 1, got "
                    + minimumResponses);
        }
        if (!Double.isFinite(criticalValue)) {
            throw new IllegalArgumentException("the critical value of lz* must be finite, got " + criticalValue);
        }
    }

    /**
     * The defaults: at least {@value #DEFAULT_MINIMUM_RESPONSES} answered items, flag below
     * {@value #DEFAULT_CRITICAL_VALUE}.
     *
     * @return the default settings
     */
    public static PersonFitOptions defaults() {
        return new PersonFitOptions(DEFAULT_MINIMUM_RESPONSES, DEFAULT_CRITICAL_VALUE);
    }

    /**
     * Returns these settings with another minimum number of answered items.
     *
     * @param value ≥ 1
     * @return new settings
     * @throws IllegalArgumentException if the value is below 1
     */
    public PersonFitOptions withMinimumResponses(int value) {
        return new PersonFitOptions(value, criticalValue);
    }

    /**
     * Returns these settings with another critical value.
     *
     * @param value finite
     * @return new settings
     * @throws IllegalArgumentException if the value is not finite
     */
    public PersonFitOptions withCriticalValue(double value) {
        return new PersonFitOptions(minimumResponses, value);
    }
}
