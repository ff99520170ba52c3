package io.github.cact.irt;

import java.util.Objects;
import java.util.Optional;

/**
 * An item of a bank: its id, its response model and, optionally, the scale it measures (a competency
 * code such as {@code M1}, or a potential aspect). Immutable and thread-safe.
 */
public final class Item {

    private final String id;
    private final ItemModel model;
    private final String scale;

    private Item(String id, ItemModel model, String scale) {
        this.id = id;
        this.model = model;
        this.scale = scale;
    }

    /**
     * An item on the bank's single scale.
     *
     * @param id a non-blank id, unique in its bank
     * @param model the response model
     * @return the item
     * @throws IllegalArgumentException if the id is blank
     */
    public static Item of(String id, ItemModel model) {
        return of(id, model, "");
    }

    /**
     * An item measuring a named scale.
     *
     * @param id a non-blank id, unique in its bank
     * @param model the response model
     * @param scale the scale code, or empty for none
     * @return the item
     * @throws IllegalArgumentException if the id is blank
     */
    public static Item of(String id, ItemModel model, String scale) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(scale, "scale");
        if (id.isBlank()) {
            throw new IllegalArgumentException("an item id is empty");
        }
        return new Item(id.strip(), model, scale.strip());
    }

    /**
     * Builds an item from IRT-form parameters, naming the item in any error.
     *
     * @param id a non-blank id
     * @param type the model
     * @param a the slope (NaN where the model fixes it)
     * @param b the K−1 thresholds
     * @param g the lower asymptote, or NaN where the model has none
     * @param u the upper asymptote, or NaN where the model has none
     * @param scale the scale code, or empty for none
     * @return the item
     * @throws IllegalArgumentException if a parameter is out of range; the message starts with the id
     */
    public static Item ofIrt(String id, ModelType type, double a, double[] b, double g, double u, String scale) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(b, "b");
        try {
            return of(id, ItemModel.ofIrt(type, a, b, g, u), scale);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("item '" + id + "': " + e.getMessage(), e);
        }
    }

    /**
     * Returns the id.
     *
     * @return the item id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the response model.
     *
     * @return the model with its parameters
     */
    public ItemModel model() {
        return model;
    }

    /**
     * Returns the scale this item measures.
     *
     * @return the scale code, or empty if the bank has a single unnamed scale
     */
    public Optional<String> scale() {
        return scale.isEmpty() ? Optional.empty() : Optional.of(scale);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Item other && id.equals(other.id) && model.equals(other.model)
                && scale.equals(other.scale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, model, scale);
    }

    @Override
    public String toString() {
        return id + (scale.isEmpty() ? "" : "@" + scale) + " " + model;
    }
}
