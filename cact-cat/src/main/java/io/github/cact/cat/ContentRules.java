package io.github.cact.cat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The content rules of a test: the order of its scales, enemy sets (no two items of one set in the same
 * test) and together sets (an item of the set is given only if the whole set can follow, and the rest of
 * the set then follows it directly, in the order listed). Items are named by id; the design checks them
 * against the bank. Immutable and thread-safe.
 */
public final class ContentRules {

    private final ScaleOrder order;
    private final List<List<String>> enemySets;
    private final List<List<String>> togetherSets;

    private ContentRules(ScaleOrder order, List<List<String>> enemySets, List<List<String>> togetherSets) {
        this.order = order;
        this.enemySets = enemySets;
        this.togetherSets = togetherSets;
    }

    /**
     * Interleaved scales, no enemy and no together sets.
     *
     * @return the default rules
     */
    public static ContentRules defaults() {
        return builder().build();
    }

    /**
     * Starts rules with the defaults of {@link #defaults()}.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the scale order.
     *
     * @return the order
     */
    public ScaleOrder order() {
        return order;
    }

    /**
     * Returns the enemy sets.
     *
     * @return the sets of item ids, each of at least two distinct ids; unmodifiable
     */
    public List<List<String>> enemySets() {
        return enemySets;
    }

    /**
     * Returns the together sets.
     *
     * @return the sets of item ids, each of at least two distinct ids, in the order given; unmodifiable
     */
    public List<List<String>> togetherSets() {
        return togetherSets;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContentRules c && order == c.order && enemySets.equals(c.enemySets)
                && togetherSets.equals(c.togetherSets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(order, enemySets, togetherSets);
    }

    @Override
    public String toString() {
        return "ContentRules[order=" + order + ", enemySets=" + enemySets + ", togetherSets=" + togetherSets + "]";
    }

    /** Builds {@link ContentRules}. Not thread-safe. */
    public static final class Builder {

        private ScaleOrder order = ScaleOrder.INTERLEAVED;
        private final List<List<String>> enemySets = new ArrayList<>();
        private final List<List<String>> togetherSets = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the scale order.
         *
         * @param scaleOrder interleaved (default) or scale by scale
         * @return this builder
         */
        public Builder order(ScaleOrder scaleOrder) {
            this.order = Objects.requireNonNull(scaleOrder, "scaleOrder");
            return this;
        }

        /**
         * Adds an enemy set: at most one of these items is given in a test.
         *
         * @param itemIds at least two distinct item ids
         * @return this builder
         * @throws IllegalArgumentException for fewer than two ids or a repeated id
         */
        public Builder enemies(List<String> itemIds) {
            enemySets.add(distinct(itemIds, "an enemy set"));
            return this;
        }

        /**
         * Adds a together set: its items are given all or none, one after the other.
         *
         * @param itemIds at least two distinct item ids, in the order they are given
         * @return this builder
         * @throws IllegalArgumentException for fewer than two ids or a repeated id
         */
        public Builder together(List<String> itemIds) {
            togetherSets.add(distinct(itemIds, "a together set"));
            return this;
        }

        /**
         * Builds the rules.
         *
         * @return the rules
         */
        public ContentRules build() {
            return new ContentRules(order, List.copyOf(enemySets), List.copyOf(togetherSets));
        }

        private static List<String> distinct(List<String> itemIds, String what) {
            Objects.requireNonNull(itemIds, "itemIds");
            LinkedHashSet<String> set = new LinkedHashSet<>();
            for (String id : itemIds) {
                if (!set.add(Objects.requireNonNull(id, "item id"))) {
                    throw new IllegalArgumentException(what + " names item '" + id + "' twice: " + itemIds);
                }
            }
            if (set.size() < 2) {
                throw new IllegalArgumentException(what + " needs at least two items, got " + itemIds);
            }
            return List.copyOf(set);
        }
    }
}
