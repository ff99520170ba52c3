package io.github.cact.cat;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How one item is picked from the items the selection rule scored, so that the best items are not given to
 * everybody (docs/cat.md#exposure-control).
 */
public sealed interface ExposureControl permits ExposureControl.None, ExposureControl.Randomesque,
        ExposureControl.SympsonHetter, ExposureControl.Progressive {

    /**
     * No control: the best-scored item, the lowest bank position on ties.
     *
     * @return the control
     */
    static ExposureControl none() {
        return new None();
    }

    /**
     * Randomesque (Kingsbury &amp; Zara 1989): a uniform draw among the k best-scored items.
     *
     * @param k how many of the best items take part, ≥ 1
     * @return the control
     * @throws IllegalArgumentException for k &lt; 1
     */
    static ExposureControl randomesque(int k) {
        return new Randomesque(k);
    }

    /**
     * Sympson–Hetter (Sympson &amp; Hetter 1985): the best-scored item is given with probability K_i, its
     * exposure parameter; otherwise it is set aside for the rest of this test and the next best is tried.
     * Items without a parameter have K = 1. Parameters come from
     * {@code io.github.cact.cat.exposure.SympsonHetter}.
     *
     * @param parameters item id → K_i in [0, 1]
     * @return the control
     * @throws IllegalArgumentException for a parameter outside [0, 1], naming the item
     */
    static ExposureControl sympsonHetter(Map<String, Double> parameters) {
        return new SympsonHetter(parameters);
    }

    /**
     * The progressive method (Revuelta &amp; Ponsoda 1998, with the acceleration of Barrada et al. 2008):
     * each item scores (1 − s)·R_i + s·score_i with R_i uniform on [0, max score] and s = (n/L)^acceleration
     * after n of the scale's at most L items, so the first item is random and the last nearly the best.
     *
     * @param acceleration the exponent, finite and &gt; 0; 1 is the original method
     * @return the control
     * @throws IllegalArgumentException for an acceleration that is not finite and positive
     */
    static ExposureControl progressive(double acceleration) {
        return new Progressive(acceleration);
    }

    /** No exposure control. */
    record None() implements ExposureControl {
    }

    /**
     * Randomesque among the k best.
     *
     * @param k how many of the best items take part
     */
    record Randomesque(int k) implements ExposureControl {
        /**
         * Validates k.
         *
         * @param k ≥ 1
         */
        public Randomesque {
            if (k < 1) {
                throw new IllegalArgumentException("randomesque exposure control needs k >= 1, got " + k);
            }
        }
    }

    /**
     * Sympson–Hetter with per-item exposure parameters.
     *
     * @param parameters item id → K_i in [0, 1], sorted by id; items absent have K = 1
     */
    record SympsonHetter(Map<String, Double> parameters) implements ExposureControl {
        /**
         * Validates and copies the parameters.
         *
         * @param parameters item id → K_i in [0, 1]
         */
        public SympsonHetter {
            Objects.requireNonNull(parameters, "parameters");
            TreeMap<String, Double> copy = new TreeMap<>();
            for (Map.Entry<String, Double> e : parameters.entrySet()) {
                Double k = Objects.requireNonNull(e.getValue(), "parameter of " + e.getKey());
                if (!(k >= 0 && k <= 1)) {
                    throw new IllegalArgumentException("item '" + e.getKey() + "': Sympson-Hetter parameter " + k
                            + " is not in [0, 1]");
                }
                copy.put(Objects.requireNonNull(e.getKey(), "item id"), k);
            }
            parameters = Collections.unmodifiableMap(copy);
        }

        /**
         * Returns an item's exposure parameter.
         *
         * @param itemId an item id
         * @return K_i, or 1 if the item has none
         */
        public double parameter(String itemId) {
            return parameters.getOrDefault(itemId, 1.0);
        }
    }

    /**
     * The progressive method.
     *
     * @param acceleration the exponent of s = (n/L)^acceleration
     */
    record Progressive(double acceleration) implements ExposureControl {
        /**
         * Validates the acceleration.
         *
         * @param acceleration finite and &gt; 0
         */
        public Progressive {
            if (!(acceleration > 0) || !Double.isFinite(acceleration)) {
                throw new IllegalArgumentException("the progressive method needs a finite acceleration > 0, got "
                        + acceleration);
            }
        }
    }
}
