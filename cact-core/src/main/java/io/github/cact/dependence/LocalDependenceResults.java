package io.github.cact.dependence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The local-dependence statistics of every item pair of one set of items (a scale), in bank order
 * (item 1 before item 2, pairs ordered by item 1 then item 2), with the mean Q3 the relative criterion is
 * measured from. Immutable and thread-safe.
 */
public final class LocalDependenceResults {

    private final List<ItemPairDependence> pairs;
    private final OptionalDouble meanQ3;
    private final double criticalP;

    LocalDependenceResults(List<ItemPairDependence> pairs, OptionalDouble meanQ3, double criticalP) {
        this.pairs = List.copyOf(pairs);
        this.meanQ3 = meanQ3;
        this.criticalP = criticalP;
    }

    /**
     * Returns every pair's statistics.
     *
     * @return an unmodifiable list of I(I − 1)/2 pairs
     */
    public List<ItemPairDependence> pairs() {
        return pairs;
    }

    /**
     * Returns one pair's statistics, in either order of the ids.
     *
     * @param itemA one item id
     * @param itemB the other
     * @return the pair, or empty if it is not a pair of these items
     */
    public Optional<ItemPairDependence> pair(String itemA, String itemB) {
        for (ItemPairDependence pair : pairs) {
            if (pair.item1().equals(itemA) && pair.item2().equals(itemB)
                    || pair.item1().equals(itemB) && pair.item2().equals(itemA)) {
                return Optional.of(pair);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the mean Q3 over the pairs with statistics, the reference of the relative Q3 criterion.
     *
     * @return the mean, or empty if no pair has statistics
     */
    public OptionalDouble meanQ3() {
        return meanQ3;
    }

    /**
     * Returns the p-value below which the LD χ² flags a pair: α divided by the number of pairs with
     * statistics (Bonferroni).
     *
     * @return the per-pair level, in (0, 1)
     */
    public double criticalP() {
        return criticalP;
    }

    /**
     * Counts the pairs with a flag.
     *
     * @param flag the flag
     * @return how many pairs have it
     */
    public int count(DependenceFlag flag) {
        Objects.requireNonNull(flag, "flag");
        int count = 0;
        for (ItemPairDependence pair : pairs) {
            if (pair.flag() == flag) {
                count++;
            }
        }
        return count;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalDependenceResults other && pairs.equals(other.pairs) && meanQ3.equals(other.meanQ3)
                && Double.compare(criticalP, other.criticalP) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(pairs, meanQ3, criticalP);
    }

    /**
     * Describes the size and number flagged.
     *
     * @return e.g. {@code LocalDependenceResults[10 pairs, 1 flagged]}
     */
    @Override
    public String toString() {
        long flagged = pairs.stream().filter(p -> p.flag().flagged()).count();
        return "LocalDependenceResults[" + pairs.size() + " pairs, " + flagged + " flagged]";
    }
}
