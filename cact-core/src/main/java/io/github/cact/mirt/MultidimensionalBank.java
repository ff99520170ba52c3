package io.github.cact.mirt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A multidimensional item bank: named factors (in cact, the scales, e.g. the competency codes), items
 * with their loadings and the latent distribution N_D(0, R) of the factors. The loading pattern is read
 * from the items ({@link MultidimensionalItem#loadings()}): simple structure when every item loads on one
 * factor, items loading on several factors otherwise. Immutable and thread-safe.
 */
public final class MultidimensionalBank {

    private final List<String> factors;
    private final List<MultidimensionalItem> items;
    private final LatentNormal latent;
    private final Map<String, Integer> index;

    private MultidimensionalBank(List<String> factors, List<MultidimensionalItem> items, LatentNormal latent,
            Map<String, Integer> index) {
        this.factors = factors;
        this.items = items;
        this.latent = latent;
        this.index = index;
    }

    /**
     * Builds a bank.
     *
     * @param factors D unique non-blank factor names, in factor order
     * @param items at least one item, unique ids, each with D slopes
     * @param latent the latent distribution, D dimensions
     * @return the bank
     * @throws IllegalArgumentException if a name is blank or repeated, an id repeats, or a dimension does not
     *     match; the message names the item or factor
     */
    public static MultidimensionalBank of(List<String> factors, List<MultidimensionalItem> items,
            LatentNormal latent) {
        Objects.requireNonNull(factors, "factors");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(latent, "latent");
        List<String> names = new ArrayList<>();
        for (String f : factors) {
            Objects.requireNonNull(f, "factor name");
            if (f.isBlank()) {
                throw new IllegalArgumentException("factor " + (names.size() + 1) + " has an empty name");
            }
            if (names.contains(f.strip())) {
                throw new IllegalArgumentException("factor '" + f.strip() + "' is named twice");
            }
            names.add(f.strip());
        }
        int d = names.size();
        if (d < 1) {
            throw new IllegalArgumentException("a multidimensional bank needs at least one factor");
        }
        if (latent.dimensions() != d) {
            throw new IllegalArgumentException("the latent distribution has " + latent.dimensions()
                    + " dimensions but there are " + d + " factors");
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a bank needs at least one item");
        }
        Map<String, Integer> index = new HashMap<>();
        for (MultidimensionalItem item : items) {
            Objects.requireNonNull(item, "item");
            if (item.dimensions() != d) {
                throw new IllegalArgumentException("item '" + item.id() + "' has " + item.dimensions()
                        + " slopes but the bank has " + d + " factors");
            }
            if (index.put(item.id(), index.size()) != null) {
                throw new IllegalArgumentException("item id '" + item.id() + "' appears twice");
            }
        }
        return new MultidimensionalBank(List.copyOf(names), List.copyOf(items), latent, Map.copyOf(index));
    }

    /** @return the factor names, in factor order */
    public List<String> factors() {
        return factors;
    }

    /** @return D */
    public int dimensions() {
        return factors.size();
    }

    /**
     * Returns the position of a factor.
     *
     * @param name the factor name
     * @return its 0-based index, or −1 if there is none of that name
     */
    public int factorIndex(String name) {
        return factors.indexOf(name);
    }

    /** @return the number of items */
    public int size() {
        return items.size();
    }

    /**
     * Returns an item.
     *
     * @param position 0-based
     * @return the item
     */
    public MultidimensionalItem item(int position) {
        return items.get(position);
    }

    /** @return the items, unmodifiable, in bank order */
    public List<MultidimensionalItem> items() {
        return items;
    }

    /** @return the item ids in bank order */
    public List<String> ids() {
        return items.stream().map(MultidimensionalItem::id).toList();
    }

    /**
     * Returns the position of an item.
     *
     * @param id the item id
     * @return its 0-based position, or −1 if absent
     */
    public int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    /**
     * Finds an item.
     *
     * @param id the item id
     * @return the item, if present
     */
    public Optional<MultidimensionalItem> find(String id) {
        int i = indexOf(id);
        return i < 0 ? Optional.empty() : Optional.of(items.get(i));
    }

    /** @return the latent distribution of the factors */
    public LatentNormal latent() {
        return latent;
    }

    /**
     * Returns the loading pattern.
     *
     * @return items × D, true where the item loads on the factor
     */
    public boolean[][] loadingPattern() {
        boolean[][] pattern = new boolean[items.size()][dimensions()];
        for (int i = 0; i < items.size(); i++) {
            for (int f : items.get(i).loadings()) {
                pattern[i][f] = true;
            }
        }
        return pattern;
    }

    /** @return true if every item loads on exactly one factor */
    public boolean isSimpleStructure() {
        return items.stream().allMatch(item -> item.loadings().length == 1);
    }

    /**
     * Returns the items that load on a factor.
     *
     * @param factor 0-based
     * @return their positions, increasing
     */
    public int[] itemsOn(int factor) {
        return java.util.stream.IntStream.range(0, items.size()).filter(i -> items.get(i).loadsOn(factor)).toArray();
    }

    /**
     * Returns this bank with another latent distribution.
     *
     * @param other D dimensions
     * @return the bank
     */
    public MultidimensionalBank withLatent(LatentNormal other) {
        return of(factors, items, other);
    }

    /** @return the number of estimated parameters: items' plus the D(D−1)/2 correlations */
    public int parameterCount() {
        int n = latent.parameterCount();
        for (MultidimensionalItem item : items) {
            n += item.parameterCount();
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultidimensionalBank other && factors.equals(other.factors) && items.equals(other.items)
                && latent.equals(other.latent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(factors, items, latent);
    }

    @Override
    public String toString() {
        return "MultidimensionalBank[" + items.size() + " items, factors " + factors + "]";
    }
}
