package io.github.cact.mirt.estimation;

import io.github.cact.irt.ModelType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to fit: the factors (in order), for every item the factors it loads on (confirmatory: the other
 * slopes are fixed at 0) and its model, optionally its number of categories. Immutable and thread-safe;
 * built with {@link #builder(ModelType)} or {@link #simpleStructure(Map, ModelType)}.
 */
public final class FactorModel {

    private final List<String> factors;
    private final Map<String, int[]> loadings;
    private final Map<String, ModelType> types;
    private final Map<String, Integer> categories;
    private final ModelType defaultType;

    private FactorModel(Builder b) {
        this.factors = List.copyOf(b.factors);
        Map<String, int[]> l = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : b.loadings.entrySet()) {
            int[] idx = e.getValue().stream().mapToInt(factors::indexOf).sorted().toArray();
            l.put(e.getKey(), idx);
        }
        this.loadings = l;
        this.types = Map.copyOf(b.types);
        this.categories = Map.copyOf(b.categories);
        this.defaultType = b.defaultType;
    }

    /**
     * Simple structure: each item loads on one factor. Factors are ordered as first met in the map's
     * iteration order.
     *
     * @param itemFactors item id → factor name (e.g. its scale)
     * @param type the model of every item
     * @return the model
     * @throws IllegalArgumentException if an id or a factor name is blank
     */
    public static FactorModel simpleStructure(Map<String, String> itemFactors, ModelType type) {
        Objects.requireNonNull(itemFactors, "itemFactors");
        Builder b = builder(type);
        itemFactors.forEach(b::item);
        return b.build();
    }

    /**
     * A builder.
     *
     * @param defaultType the model of items not given one
     * @return an empty builder
     */
    public static Builder builder(ModelType defaultType) {
        return new Builder(Objects.requireNonNull(defaultType, "defaultType"));
    }

    /** @return the factor names, in factor order */
    public List<String> factors() {
        return factors;
    }

    /** @return the item ids, in the order given */
    public List<String> itemIds() {
        return List.copyOf(loadings.keySet());
    }

    /**
     * Returns the loaded factors of an item.
     *
     * @param itemId the id
     * @return 0-based factor indexes, increasing (a new array)
     * @throws IllegalArgumentException if the item is not in the model
     */
    public int[] loadings(String itemId) {
        int[] l = loadings.get(itemId);
        if (l == null) {
            throw new IllegalArgumentException("item '" + itemId + "' is not in the factor model");
        }
        return l.clone();
    }

    /**
     * Returns the model of an item.
     *
     * @param itemId the id
     * @return its type
     */
    public ModelType type(String itemId) {
        return types.getOrDefault(itemId, defaultType);
    }

    /**
     * Returns the declared number of categories of an item.
     *
     * @param itemId the id
     * @return K, or 0 if not declared (the highest observed category + 1 is used)
     */
    public int categories(String itemId) {
        return categories.getOrDefault(itemId, 0);
    }

    @Override
    public String toString() {
        return "FactorModel[" + loadings.size() + " items, factors " + factors + "]";
    }

    /** Builds a {@link FactorModel}. */
    public static final class Builder {
        private final ModelType defaultType;
        private final List<String> factors = new ArrayList<>();
        private final Map<String, List<String>> loadings = new LinkedHashMap<>();
        private final Map<String, ModelType> types = new HashMap<>();
        private final Map<String, Integer> categories = new HashMap<>();

        private Builder(ModelType defaultType) {
            this.defaultType = defaultType;
        }

        /**
         * Declares the factor order (otherwise the order in which items name them).
         *
         * @param names factor names, unique
         * @return this builder
         * @throws IllegalArgumentException if a name is blank or repeated
         */
        public Builder factors(List<String> names) {
            for (String name : names) {
                String f = name(name, "factor name");
                if (factors.contains(f)) {
                    throw new IllegalArgumentException("factor '" + f + "' is named twice");
                }
                factors.add(f);
            }
            return this;
        }

        /**
         * Adds an item loading on one factor.
         *
         * @param itemId the item id
         * @param factor its factor
         * @return this builder
         */
        public Builder item(String itemId, String factor) {
            return item(itemId, List.of(factor));
        }

        /**
         * Adds an item loading on several factors.
         *
         * @param itemId the item id
         * @param itemFactors its factors, at least one, no repeats
         * @return this builder
         * @throws IllegalArgumentException if the item is already there, a name is blank or repeated
         */
        public Builder item(String itemId, List<String> itemFactors) {
            String id = name(itemId, "item id");
            if (loadings.containsKey(id)) {
                throw new IllegalArgumentException("item '" + id + "' is given twice");
            }
            if (itemFactors.isEmpty()) {
                throw new IllegalArgumentException("item '" + id + "' loads on no factor");
            }
            List<String> own = new ArrayList<>();
            for (String name : itemFactors) {
                String f = name(name, "factor of item '" + id + "'");
                if (own.contains(f)) {
                    throw new IllegalArgumentException("item '" + id + "' names factor '" + f + "' twice");
                }
                own.add(f);
                if (!factors.contains(f)) {
                    factors.add(f);
                }
            }
            loadings.put(id, List.copyOf(own));
            return this;
        }

        /**
         * Sets the model of one item.
         *
         * @param itemId the item id
         * @param type its model
         * @return this builder
         */
        public Builder model(String itemId, ModelType type) {
            types.put(name(itemId, "item id"), Objects.requireNonNull(type, "type"));
            return this;
        }

        /**
         * Declares the number of categories of an item.
         *
         * @param itemId the item id
         * @param count K ≥ 2
         * @return this builder
         * @throws IllegalArgumentException if K &lt; 2
         */
        public Builder categories(String itemId, int count) {
            if (count < 2) {
                throw new IllegalArgumentException("item '" + itemId + "': at least 2 categories are needed, got "
                        + count);
            }
            categories.put(name(itemId, "item id"), count);
            return this;
        }

        /**
         * Builds the model.
         *
         * @return the model
         * @throws IllegalArgumentException if no item was added, or a model or category count names an item
         *     that was not added
         */
        public FactorModel build() {
            if (loadings.isEmpty()) {
                throw new IllegalArgumentException("a factor model needs at least one item");
            }
            for (String id : types.keySet()) {
                if (!loadings.containsKey(id)) {
                    throw new IllegalArgumentException("a model is set for item '" + id + "', which has no loadings");
                }
            }
            for (String id : categories.keySet()) {
                if (!loadings.containsKey(id)) {
                    throw new IllegalArgumentException("categories are set for item '" + id
                            + "', which has no loadings");
                }
            }
            return new FactorModel(this);
        }

        private static String name(String value, String what) {
            Objects.requireNonNull(value, what);
            if (value.isBlank()) {
                throw new IllegalArgumentException("a " + what + " is empty");
            }
            return value.strip();
        }
    }
}
