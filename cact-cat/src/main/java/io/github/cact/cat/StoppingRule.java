package io.github.cact.cat;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * When a scale, and the test, stop (docs/cat.md#stopping). A scale stops when it has its maximum number of
 * items, or, once it has its minimum, when its standard error is at most the threshold or its
 * classification is decided; or when no eligible item is left. The test stops when every scale has
 * stopped and the total minimum is reached, or at the total maximum. Immutable and thread-safe.
 *
 * <p>Defaults: 1 to 20 items per scale, no total limits, no standard-error threshold, no classification.
 */
public final class StoppingRule {

    /** The default minimum number of items per scale. */
    public static final int DEFAULT_MIN_ITEMS = 1;
    /** The default maximum number of items per scale. */
    public static final int DEFAULT_MAX_ITEMS = 20;

    private final int minPerScale;
    private final int maxPerScale;
    private final Map<String, int[]> perScale;
    private final int minTotal;
    private final int maxTotal;
    private final double standardError;
    private final ClassificationStop classification;

    private StoppingRule(Builder b) {
        this.minPerScale = b.minPerScale;
        this.maxPerScale = b.maxPerScale;
        TreeMap<String, int[]> copy = new TreeMap<>();
        b.perScale.forEach((k, v) -> copy.put(k, v.clone()));
        this.perScale = Collections.unmodifiableMap(copy);
        this.minTotal = b.minTotal;
        this.maxTotal = b.maxTotal;
        this.standardError = b.standardError;
        this.classification = b.classification;
    }

    /**
     * Starts a rule with the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Exactly {@code items} items per scale.
     *
     * @param items ≥ 1
     * @return the rule
     */
    public static StoppingRule fixedLength(int items) {
        return builder().itemsPerScale(items, items).build();
    }

    /**
     * Returns the minimum number of items of a scale.
     *
     * @param scale a scale code
     * @return the scale's own minimum, or the common one
     */
    public int minItems(String scale) {
        int[] own = perScale.get(scale);
        return own == null ? minPerScale : own[0];
    }

    /**
     * Returns the maximum number of items of a scale.
     *
     * @param scale a scale code
     * @return the scale's own maximum, or the common one
     */
    public int maxItems(String scale) {
        int[] own = perScale.get(scale);
        return own == null ? maxPerScale : own[1];
    }

    /**
     * Returns the scales with their own limits.
     *
     * @return the scale codes, sorted
     */
    public Set<String> scalesWithOwnLimits() {
        return perScale.keySet();
    }

    /**
     * Returns the minimum test length.
     *
     * @return the minimum total number of items, ≥ 0
     */
    public int minTotal() {
        return minTotal;
    }

    /**
     * Returns the maximum test length.
     *
     * @return the maximum total number of items; {@link Integer#MAX_VALUE} for none
     */
    public int maxTotal() {
        return maxTotal;
    }

    /**
     * Returns the standard-error threshold.
     *
     * @return the SE at or below which a scale may stop, if any
     */
    public OptionalDouble standardError() {
        return Double.isNaN(standardError) ? OptionalDouble.empty() : OptionalDouble.of(standardError);
    }

    /**
     * Returns the classification stopping rule.
     *
     * @return the rule, if any
     */
    public Optional<ClassificationStop> classification() {
        return Optional.ofNullable(classification);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoppingRule s && toString().equals(s.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        StringBuilder own = new StringBuilder("{");
        perScale.forEach((k, v) -> own.append(own.length() > 1 ? ", " : "").append(k).append('=').append(v[0])
                .append("..").append(v[1]));
        return "StoppingRule[itemsPerScale=" + minPerScale + ".." + maxPerScale + ", ownLimits=" + own.append('}')
                + ", total=" + minTotal + ".." + maxTotal + ", standardError=" + standardError + ", classification="
                + classification + "]";
    }

    /** Builds a {@link StoppingRule}. Not thread-safe. */
    public static final class Builder {

        private int minPerScale = DEFAULT_MIN_ITEMS;
        private int maxPerScale = DEFAULT_MAX_ITEMS;
        private final Map<String, int[]> perScale = new TreeMap<>();
        private int minTotal;
        private int maxTotal = Integer.MAX_VALUE;
        private double standardError = Double.NaN;
        private ClassificationStop classification;

        private Builder() {
        }

        /**
         * Sets the common limits of every scale without its own.
         *
         * @param min the minimum, ≥ 0
         * @param max the maximum, ≥ max(1, min)
         * @return this builder
         * @throws IllegalArgumentException for limits out of range
         */
        public Builder itemsPerScale(int min, int max) {
            checkLimits(min, max, "items per scale");
            this.minPerScale = min;
            this.maxPerScale = max;
            return this;
        }

        /**
         * Sets the limits of one scale.
         *
         * @param scale a scale code of the design
         * @param min the minimum, ≥ 0
         * @param max the maximum, ≥ max(1, min)
         * @return this builder
         * @throws IllegalArgumentException for limits out of range
         */
        public Builder itemsForScale(String scale, int min, int max) {
            Objects.requireNonNull(scale, "scale");
            checkLimits(min, max, "items of scale '" + scale + "'");
            perScale.put(scale, new int[] {min, max});
            return this;
        }

        /**
         * Sets the limits of the whole test.
         *
         * @param min the minimum, ≥ 0
         * @param max the maximum, ≥ max(1, min); {@link Integer#MAX_VALUE} for none
         * @return this builder
         * @throws IllegalArgumentException for limits out of range
         */
        public Builder totalItems(int min, int max) {
            checkLimits(min, max, "total items");
            this.minTotal = min;
            this.maxTotal = max;
            return this;
        }

        /**
         * Lets a scale stop once its standard error is at most the threshold.
         *
         * @param threshold finite and &gt; 0
         * @return this builder
         * @throws IllegalArgumentException for a threshold that is not finite and positive
         */
        public Builder standardError(double threshold) {
            if (!(threshold > 0) || !Double.isFinite(threshold)) {
                throw new IllegalArgumentException("the standard-error threshold must be finite and > 0, got "
                        + threshold);
            }
            this.standardError = threshold;
            return this;
        }

        /**
         * Lets a scale stop once its classification is decided.
         *
         * @param rule the classification rule
         * @return this builder
         */
        public Builder classification(ClassificationStop rule) {
            this.classification = Objects.requireNonNull(rule, "rule");
            return this;
        }

        /**
         * Builds the rule.
         *
         * @return the rule
         */
        public StoppingRule build() {
            return new StoppingRule(this);
        }

        private static void checkLimits(int min, int max, String what) {
            if (min < 0 || max < 1 || max < min) {
                throw new IllegalArgumentException(what + ": limits " + min + ".." + max
                        + " are not valid; expected 0 <= min <= max and max >= 1");
            }
        }
    }
}
