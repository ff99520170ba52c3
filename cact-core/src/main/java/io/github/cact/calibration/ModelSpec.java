package io.github.cact.calibration;

import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to fit to each item: a model for every item (by default one for all, overridden per item id),
 * optionally a declared number of categories per item (otherwise the highest observed category + 1), and
 * optionally anchor items whose parameters stay fixed (fixed-parameter calibration on a bank's scale).
 * Immutable and thread-safe.
 */
public final class ModelSpec {

    private final ModelType defaultType;
    private final Map<String, ModelType> types;
    private final Map<String, Integer> categories;
    private final Map<String, Item> anchors;

    private ModelSpec(ModelType defaultType, Map<String, ModelType> types, Map<String, Integer> categories,
            Map<String, Item> anchors) {
        this.defaultType = defaultType;
        this.types = types;
        this.categories = categories;
        this.anchors = anchors;
    }

    /**
     * The same model for every item.
     *
     * @param type the model
     * @return the spec
     */
    public static ModelSpec of(ModelType type) {
        return new ModelSpec(Objects.requireNonNull(type, "type"), Map.of(), Map.of(), Map.of());
    }

    /**
     * Overrides the model of one item.
     *
     * @param itemId the item id
     * @param type its model
     * @return a new spec
     */
    public ModelSpec withModel(String itemId, ModelType type) {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(type, "type");
        Map<String, ModelType> copy = new HashMap<>(types);
        copy.put(itemId, type);
        return new ModelSpec(defaultType, Map.copyOf(copy), categories, anchors);
    }

    /**
     * Declares the number of categories of an item, so that a category nobody used is detected.
     *
     * @param itemId the item id
     * @param count K ≥ 2
     * @return a new spec
     * @throws IllegalArgumentException if K &lt; 2
     */
    public ModelSpec withCategories(String itemId, int count) {
        Objects.requireNonNull(itemId, "itemId");
        if (count < 2) {
            throw new IllegalArgumentException("item '" + itemId + "': at least 2 categories are needed, got "
                    + count);
        }
        Map<String, Integer> copy = new HashMap<>(categories);
        copy.put(itemId, count);
        return new ModelSpec(defaultType, types, Map.copyOf(copy), anchors);
    }

    /**
     * Fixes the parameters of every data item that the bank holds (same id): fixed-parameter calibration.
     * The other items are estimated on the bank's scale; the latent mean and variance are estimated
     * (under {@link LatentScale#AUTO}). Bank items absent from the data are ignored.
     *
     * @param bank the calibrated items
     * @return a new spec
     */
    public ModelSpec withAnchors(ItemBank bank) {
        Objects.requireNonNull(bank, "bank");
        Map<String, Item> copy = new HashMap<>(anchors);
        for (int i = 0; i < bank.size(); i++) {
            copy.put(bank.item(i).id(), bank.item(i));
        }
        return new ModelSpec(defaultType, types, categories, Map.copyOf(copy));
    }

    /**
     * Returns the model of an item (its anchor's model if anchored).
     *
     * @param itemId the item id
     * @return the model
     */
    public ModelType model(String itemId) {
        Item anchor = anchors.get(itemId);
        if (anchor != null) {
            return anchor.model().type();
        }
        return types.getOrDefault(itemId, defaultType);
    }

    /**
     * Returns the declared number of categories of an item.
     *
     * @param itemId the item id
     * @return K if declared (or fixed by an anchor)
     */
    public Optional<Integer> categories(String itemId) {
        Item anchor = anchors.get(itemId);
        if (anchor != null) {
            return Optional.of(anchor.model().categories());
        }
        return Optional.ofNullable(categories.get(itemId));
    }

    /**
     * Returns the anchor of an item.
     *
     * @param itemId the item id
     * @return the fixed item, if the item is anchored
     */
    public Optional<Item> anchor(String itemId) {
        return Optional.ofNullable(anchors.get(itemId));
    }

    /**
     * Tells whether any item is anchored.
     *
     * @return true if anchors were given
     */
    public boolean hasAnchors() {
        return !anchors.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelSpec other && defaultType == other.defaultType && types.equals(other.types)
                && categories.equals(other.categories) && anchors.equals(other.anchors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(defaultType, types, categories, anchors);
    }

    @Override
    public String toString() {
        return "ModelSpec[" + defaultType.code() + (types.isEmpty() ? "" : ", overrides " + types.size())
                + (categories.isEmpty() ? "" : ", declared K for " + categories.size())
                + (anchors.isEmpty() ? "" : ", " + anchors.size() + " anchors") + "]";
    }
}
