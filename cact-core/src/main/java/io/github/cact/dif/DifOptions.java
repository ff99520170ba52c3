package io.github.cact.dif;

import io.github.cact.calibration.CalibrationOptions;
import io.github.cact.calibration.StandardErrorMethod;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The settings of a {@link DifAnalysis}, made with a {@link #builder()}; every default is explained in
 * {@code docs/dif.md}. Immutable and thread-safe.
 */
public final class DifOptions {

    /** The default significance level: {@value}. */
    public static final double DEFAULT_ALPHA = 0.05;
    /** The default limit of purification passes: {@value} (difR's {@code nrIter}). */
    public static final int DEFAULT_MAX_PURIFICATION_PASSES = 10;
    /** The default smallest group, per item, for any test: {@value} examinees who answered the item. */
    public static final int DEFAULT_MIN_GROUP_SIZE = 50;

    private static final DifOptions DEFAULTS = builder().build();

    private final double alpha;
    private final Set<DifMethod> methods;
    private final DifMethod adjustedMethod;
    private final boolean purification;
    private final int maxPurificationPasses;
    private final int minGroupSize;
    private final boolean matchIncludesStudiedItem;
    private final Set<String> anchors;
    private final CalibrationOptions calibration;

    private DifOptions(Builder b) {
        this.alpha = b.alpha;
        this.methods = Set.copyOf(b.methods);
        this.adjustedMethod = b.adjustedMethod;
        this.purification = b.purification;
        this.maxPurificationPasses = b.maxPurificationPasses;
        this.minGroupSize = b.minGroupSize;
        this.matchIncludesStudiedItem = b.matchIncludesStudiedItem;
        this.anchors = Set.copyOf(b.anchors);
        this.calibration = b.calibration;
    }

    /**
     * The defaults: every method, α = 0.05, purification on (at most 10 passes), at least 50 examinees per
     * group, matching on the rest score, all other items as IRT anchors, Benjamini–Hochberg on the
     * Mantel–Haenszel p-values.
     *
     * @return the default options
     */
    public static DifOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Starts a builder with the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the significance level of the classes, the flags and the purification.
     *
     * @return α in (0, 1)
     */
    public double alpha() {
        return alpha;
    }

    /**
     * Returns the tests to run.
     *
     * @return a non-empty unmodifiable set
     */
    public Set<DifMethod> methods() {
        return methods;
    }

    /**
     * Returns the method whose Benjamini–Hochberg adjusted p-value is {@link ItemDif#pAdjusted()}.
     *
     * @return the method
     */
    public DifMethod adjustedMethod() {
        return adjustedMethod;
    }

    /**
     * Tells whether the matching score is purified of flagged items (Mantel–Haenszel and logistic).
     *
     * @return true to purify
     */
    public boolean purification() {
        return purification;
    }

    /**
     * Returns the largest number of test passes of the purification.
     *
     * @return at least 1
     */
    public int maxPurificationPasses() {
        return maxPurificationPasses;
    }

    /**
     * Returns the smallest number of examinees of each group who answered an item for it to be tested.
     *
     * @return at least 2
     */
    public int minGroupSize() {
        return minGroupSize;
    }

    /**
     * Tells whether the matching score includes the studied item (the total score, as difR's default)
     * instead of the rest score.
     *
     * @return true for the total score
     */
    public boolean matchIncludesStudiedItem() {
        return matchIncludesStudiedItem;
    }

    /**
     * Returns the anchor items of the IRT likelihood-ratio test.
     *
     * @return the item ids; empty for all other items of the studied item's scale
     */
    public Set<String> anchors() {
        return anchors;
    }

    /**
     * Returns the settings of the multiple-group calibrations of the IRT likelihood-ratio test.
     *
     * @return the calibration options
     */
    public CalibrationOptions calibration() {
        return calibration;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DifOptions other && alpha == other.alpha && methods.equals(other.methods)
                && adjustedMethod == other.adjustedMethod && purification == other.purification
                && maxPurificationPasses == other.maxPurificationPasses && minGroupSize == other.minGroupSize
                && matchIncludesStudiedItem == other.matchIncludesStudiedItem && anchors.equals(other.anchors)
                && calibration.equals(other.calibration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(alpha, methods, adjustedMethod, purification, maxPurificationPasses, minGroupSize,
                matchIncludesStudiedItem, anchors, calibration);
    }

    @Override
    public String toString() {
        return "DifOptions[alpha " + alpha + ", methods " + new TreeSet<>(methods) + ", adjusted " + adjustedMethod
                + ", purification " + (purification ? "≤ " + maxPurificationPasses + " passes" : "off")
                + ", min group " + minGroupSize + ", match " + (matchIncludesStudiedItem ? "total" : "rest")
                + " score, anchors " + (anchors.isEmpty() ? "all others" : anchors.size()) + "]";
    }

    /** Builds {@link DifOptions}; not thread-safe. */
    public static final class Builder {

        private double alpha = DEFAULT_ALPHA;
        private Set<DifMethod> methods = EnumSet.allOf(DifMethod.class);
        private DifMethod adjustedMethod = DifMethod.MANTEL_HAENSZEL;
        private boolean purification = true;
        private int maxPurificationPasses = DEFAULT_MAX_PURIFICATION_PASSES;
        private int minGroupSize = DEFAULT_MIN_GROUP_SIZE;
        private boolean matchIncludesStudiedItem;
        private Set<String> anchors = Set.of();
        private CalibrationOptions calibration = CalibrationOptions.defaults().toBuilder()
                .standardErrors(StandardErrorMethod.NONE).itemFit(false).build();

        private Builder() {
        }

        /**
         * Sets the significance level.
         *
         * @param value α, 0 &lt; α &lt; 1
         * @return this builder
         * @throws IllegalArgumentException if α is outside (0, 1)
         */
        public Builder alpha(double value) {
            if (!(value > 0 && value < 1)) {
                throw new IllegalArgumentException("alpha must be between 0 and 1 (exclusive), got " + value);
            }
            this.alpha = value;
            return this;
        }

        /**
         * Sets the tests to run.
         *
         * @param value at least one method
         * @return this builder
         * @throws IllegalArgumentException if the set is empty
         */
        public Builder methods(Set<DifMethod> value) {
            if (value.isEmpty()) {
                throw new IllegalArgumentException("choose at least one DIF method");
            }
            this.methods = EnumSet.copyOf(value);
            return this;
        }

        /**
         * Sets the method whose adjusted p-value is {@link ItemDif#pAdjusted()}.
         *
         * @param value the method
         * @return this builder
         */
        public Builder adjustedMethod(DifMethod value) {
            this.adjustedMethod = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Turns the purification of the matching score on or off.
         *
         * @param on true to purify
         * @return this builder
         */
        public Builder purification(boolean on) {
            this.purification = on;
            return this;
        }

        /**
         * Sets the largest number of test passes of the purification.
         *
         * @param value at least 1
         * @return this builder
         * @throws IllegalArgumentException if the value is below 1
         */
        public Builder maxPurificationPasses(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxPurificationPasses must be at least 1, got " + value);
            }
            this.maxPurificationPasses = value;
            return this;
        }

        /**
         * Sets the smallest number of examinees per group, among those who answered an item, to test it.
         *
         * @param value at least 2
         * @return this builder
         * @throws IllegalArgumentException if the value is below 2
         */
        public Builder minGroupSize(int value) {
            if (value < 2) {
                throw new IllegalArgumentException("minGroupSize must be at least 2, got " + value);
            }
            this.minGroupSize = value;
            return this;
        }

        /**
         * Matches on the total score including the studied item (true) or on the rest score (false, the
         * default).
         *
         * @param on true for the total score
         * @return this builder
         */
        public Builder matchIncludesStudiedItem(boolean on) {
            this.matchIncludesStudiedItem = on;
            return this;
        }

        /**
         * Sets the anchor items of the IRT likelihood-ratio test; items that are not anchors are tested with
         * the anchors equal across groups and the other non-anchors free.
         *
         * @param itemIds anchor item ids; empty (the default) for all other items
         * @return this builder
         */
        public Builder anchors(Set<String> itemIds) {
            this.anchors = Set.copyOf(itemIds);
            return this;
        }

        /**
         * Sets the settings of the multiple-group calibrations (default: the calibration defaults without
         * standard errors and item fit, which the test does not use).
         *
         * @param value the calibration options
         * @return this builder
         */
        public Builder calibration(CalibrationOptions value) {
            this.calibration = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public DifOptions build() {
            return new DifOptions(this);
        }
    }
}
