package io.github.cact.dependence;

/**
 * The settings of local dependence: the fewest examinees answering both items of a pair, and the
 * thresholds of the flags. Immutable.
 *
 * @param minimumPairs the fewest examinees who answered both items, ≥ 2 (default
 *     {@value #DEFAULT_MINIMUM_PAIRS})
 * @param q3Absolute a pair is flagged by Q3 only if |Q3| exceeds this, in (0, 1) (default
 *     {@value #DEFAULT_Q3_ABSOLUTE})
 * @param q3Relative … and only if Q3 exceeds the mean Q3 of the scale's pairs by more than this, in (0, 2)
 *     (default {@value #DEFAULT_Q3_RELATIVE}; Christensen, Makransky &amp; Horton 2017)
 * @param alpha the family-wise level of the LD χ² test, Bonferroni-divided by the number of pairs of the
 *     scale, in (0, 1) (default {@value #DEFAULT_ALPHA})
 */
public record LocalDependenceOptions(int minimumPairs, double q3Absolute, double q3Relative, double alpha) {

    /** Default fewest examinees answering both items of a pair. */
    public static final int DEFAULT_MINIMUM_PAIRS = 30;

    /** Default absolute Q3 threshold. */
    public static final double DEFAULT_Q3_ABSOLUTE = 0.2;

    /** Default Q3 threshold above the mean Q3. */
    public static final double DEFAULT_Q3_RELATIVE = 0.2;

    /** Default family-wise level of the LD χ² test. */
    public static final double DEFAULT_ALPHA = 0.05;

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException if a value is out of range; the message names it
     */
    public LocalDependenceOptions {
        if (minimumPairs < 2) {
            throw new IllegalArgumentException("the minimum number of examinees per item pair must be >= 2, got "
                    + minimumPairs);
        }
        if (!(q3Absolute > 0 && q3Absolute < 1)) {
            throw new IllegalArgumentException("the absolute Q3 threshold must be in (0, 1), got " + q3Absolute);
        }
        if (!(q3Relative > 0 && q3Relative < 2)) {
            throw new IllegalArgumentException("the Q3 threshold above the mean must be in (0, 2), got " + q3Relative);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("the LD chi-square level alpha must be in (0, 1), got " + alpha);
        }
    }

    /**
     * The defaults.
     *
     * @return at least {@value #DEFAULT_MINIMUM_PAIRS} examinees per pair, |Q3| &gt; 0.2 and Q3 − mean &gt; 0.2,
     *     α = 0.05
     */
    public static LocalDependenceOptions defaults() {
        return new LocalDependenceOptions(DEFAULT_MINIMUM_PAIRS, DEFAULT_Q3_ABSOLUTE, DEFAULT_Q3_RELATIVE,
                DEFAULT_ALPHA);
    }

    /**
     * Returns these settings with another minimum number of examinees per pair.
     *
     * @param value ≥ 2
     * @return new settings
     * @throws IllegalArgumentException if the value is below 2
     */
    public LocalDependenceOptions withMinimumPairs(int value) {
        return new LocalDependenceOptions(value, q3Absolute, q3Relative, alpha);
    }
}
