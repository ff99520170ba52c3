package io.github.cact.irt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordered set of items with unique ids: the measuring instrument. Immutable and thread-safe.
 */
public final class ItemBank {

    private final List<Item> items;
    private final Map<String, Integer> index;

    private ItemBank(List<Item> items, Map<String, Integer> index) {
        this.items = items;
        this.index = index;
    }

    /**
     * Builds a bank.
     *
     * @param items at least one item, ids unique
     * @return the bank
     * @throws IllegalArgumentException if the list is empty or an id repeats (both positions named)
     */
    public static ItemBank of(List<Item> items) {
        List<Item> copy = List.copyOf(Objects.requireNonNull(items, "items"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("an item bank needs at least one item");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < copy.size(); i++) {
            Integer previous = index.putIfAbsent(copy.get(i).id(), i);
            if (previous != null) {
                throw new IllegalArgumentException("duplicate item id '" + copy.get(i).id() + "' at positions "
                        + (previous + 1) + " and " + (i + 1));
            }
        }
        return new ItemBank(copy, Map.copyOf(index));
    }

    /**
     * Builds a bank.
     *
     * @param items at least one item, ids unique
     * @return the bank
     * @throws IllegalArgumentException if no item is given or an id repeats
     */
    public static ItemBank of(Item... items) {
        return of(List.of(items));
    }

    /**
     * Returns the number of items.
     *
     * @return the size, ≥ 1
     */
    public int size() {
        return items.size();
    }

    /**
     * Returns an item by position.
     *
     * @param position 0-based
     * @return the item
     */
    public Item item(int position) {
        return items.get(position);
    }

    /**
     * Returns the model of an item by position.
     *
     * @param position 0-based
     * @return the item's model
     */
    public ItemModel model(int position) {
        return items.get(position).model();
    }

    /**
     * Returns the items in order.
     *
     * @return an unmodifiable list
     */
    public List<Item> items() {
        return items;
    }

    /**
     * Returns the ids in order.
     *
     * @return a new list of ids
     */
    public List<String> ids() {
        List<String> ids = new ArrayList<>(items.size());
        for (Item item : items) {
            ids.add(item.id());
        }
        return ids;
    }

    /**
     * Returns the position of an item.
     *
     * @param id an item id
     * @return the 0-based position, or −1 if the bank has no such item
     */
    public int indexOf(String id) {
        Integer i = index.get(Objects.requireNonNull(id, "id"));
        return i == null ? -1 : i;
    }

    /**
     * Finds an item by id.
     *
     * @param id an item id
     * @return the item, if the bank has it
     */
    public Optional<Item> find(String id) {
        int i = indexOf(id);
        return i < 0 ? Optional.empty() : Optional.of(items.get(i));
    }

    /**
     * Returns the scales named by items, in order of first appearance.
     *
     * @return the scale codes; empty if no item names a scale
     */
    public List<String> scales() {
        LinkedHashSet<String> scales = new LinkedHashSet<>();
        for (Item item : items) {
            item.scale().ifPresent(scales::add);
        }
        return List.copyOf(scales);
    }

    /**
     * Returns the items of one scale, in bank order.
     *
     * @param scale a scale code
     * @return the sub-bank
     * @throws IllegalArgumentException if no item measures that scale
     */
    public ItemBank forScale(String scale) {
        Objects.requireNonNull(scale, "scale");
        List<Item> selected = new ArrayList<>();
        for (Item item : items) {
            if (item.scale().filter(scale::equals).isPresent()) {
                selected.add(item);
            }
        }
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("no item measures scale '" + scale + "'; the bank's scales are "
                    + scales());
        }
        return new ItemBank(List.copyOf(selected), indexOf(selected));
    }

    /**
     * Returns the named items in the given order.
     *
     * @param ids item ids of this bank, at least one
     * @return the sub-bank
     * @throws IllegalArgumentException naming the first id the bank does not have
     */
    public ItemBank select(List<String> ids) {
        List<Item> selected = new ArrayList<>(ids.size());
        for (String id : ids) {
            int i = indexOf(id);
            if (i < 0) {
                throw new IllegalArgumentException("the item bank has no item '" + id + "'");
            }
            selected.add(items.get(i));
        }
        return of(selected);
    }

    /**
     * Returns the largest number of categories of any item.
     *
     * @return max K, ≥ 2
     */
    public int maxCategories() {
        int max = 2;
        for (Item item : items) {
            max = Math.max(max, item.model().categories());
        }
        return max;
    }

    /**
     * Returns the largest possible summed score Σ (K_i − 1).
     *
     * @return the maximum summed score
     */
    public int maxScore() {
        int max = 0;
        for (Item item : items) {
            max += item.model().categories() - 1;
        }
        return max;
    }

    /**
     * Returns the test information function TIF(θ) = Σ_i I_i(θ).
     *
     * @param theta the latent trait, finite
     * @return the test information, ≥ 0
     * @throws IllegalArgumentException if θ is not finite
     */
    public double testInformation(double theta) {
        finiteTheta(theta);
        double info = 0;
        for (Item item : items) {
            info += item.model().information(theta);
        }
        return info;
    }

    /**
     * Returns the test characteristic curve TCC(θ) = Σ_i E[X_i | θ], the expected summed score.
     *
     * @param theta the latent trait, finite
     * @return the expected summed score in [0, {@link #maxScore()}]
     * @throws IllegalArgumentException if θ is not finite
     */
    public double expectedScore(double theta) {
        finiteTheta(theta);
        double score = 0;
        for (Item item : items) {
            score += item.model().expectedScore(theta);
        }
        return score;
    }

    private static void finiteTheta(double theta) {
        if (!Double.isFinite(theta)) {
            throw new IllegalArgumentException("theta must be finite, got " + theta);
        }
    }

    private static Map<String, Integer> indexOf(List<Item> items) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            index.put(items.get(i).id(), i);
        }
        return Map.copyOf(index);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ItemBank other && items.equals(other.items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }

    @Override
    public String toString() {
        return "ItemBank[" + items.size() + " items" + (scales().isEmpty() ? "" : ", scales " + scales()) + "]";
    }
}
