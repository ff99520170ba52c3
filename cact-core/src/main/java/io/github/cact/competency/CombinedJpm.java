package io.github.cact.competency;

import io.github.cact.scoring.DiscreteDistribution;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A combined JPM, the weighted mean of component JPMs (competency and potential, or technical and managerial)
 * with per-position weights (docs/regulations.md#job-person-match; e.g. for functional positions Ahli Madya
 * 40/60, Ahli Muda 50/50, Ahli Pertama 60/40): J = Σ w_c J_c / Σ w_c. The weights need not sum to 1 or 100.
 *
 * <p>Immutable and thread-safe. Equal when the weights are equal.
 */
public final class CombinedJpm {

    private final Map<String, Double> weights;
    private final double total;

    private CombinedJpm(Map<String, Double> weights, double total) {
        this.weights = weights;
        this.total = total;
    }

    /**
     * Creates the weighting.
     *
     * @param weights component name → weight, finite and ≥ 0, with a positive sum; e.g.
     *     {@code {"managerial": 40, "technical": 60}}
     * @return the weighting
     * @throws IllegalArgumentException for no component, a negative or non-finite weight (naming the
     *     component) or an all-zero weighting
     */
    public static CombinedJpm of(Map<String, Double> weights) {
        Objects.requireNonNull(weights, "weights");
        Map<String, Double> copy = new LinkedHashMap<>();
        double total = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            double w = Objects.requireNonNull(e.getValue(), "weight of " + e.getKey());
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("component '" + e.getKey() + "': weight " + w
                        + " is negative or not finite");
            }
            copy.put(Objects.requireNonNull(e.getKey(), "component"), w);
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("combined JPM weights " + weights + " need a positive sum");
        }
        return new CombinedJpm(Collections.unmodifiableMap(copy), total);
    }

    /**
     * Returns the weights.
     *
     * @return component name → weight, in the given order; unmodifiable
     */
    public Map<String, Double> weights() {
        return weights;
    }

    /**
     * Combines point JPMs: Σ w_c J_c / Σ w_c.
     *
     * @param jpms component name → JPM, for every weighted component and no other
     * @return the combined JPM
     * @throws IllegalArgumentException for a missing or unknown component or a non-finite JPM, naming it
     */
    public double combine(Map<String, Double> jpms) {
        Objects.requireNonNull(jpms, "jpms");
        checkComponents(jpms);
        double sum = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            double jpm = Levels.finite(Objects.requireNonNull(jpms.get(e.getKey()), e.getKey()),
                    "JPM of component '" + e.getKey() + "'");
            sum += e.getValue() * jpm;
        }
        return sum / total;
    }

    /**
     * Combines independent JPM distributions: the distribution of Σ w_c J_c / Σ w_c with the J_c
     * independent, by convolution.
     *
     * @param jpms component name → its JPM distribution, for every weighted component and no other
     * @return the distribution of the combined JPM
     * @throws IllegalArgumentException for a missing or unknown component, naming it
     */
    public DiscreteDistribution combineDistributions(Map<String, DiscreteDistribution> jpms) {
        Objects.requireNonNull(jpms, "jpms");
        checkComponents(jpms);
        TreeMap<Double, Double> acc = new TreeMap<>(Map.of(0.0, 1.0));
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            DiscreteDistribution d = Objects.requireNonNull(jpms.get(e.getKey()), e.getKey());
            double[] v = d.values();
            double[] p = d.probabilities();
            TreeMap<Double, Double> next = new TreeMap<>();
            for (Map.Entry<Double, Double> a : acc.entrySet()) {
                for (int i = 0; i < v.length; i++) {
                    next.merge(a.getKey() + e.getValue() * v[i], a.getValue() * p[i], Double::sum);
                }
            }
            acc = next;
        }
        TreeMap<Double, Double> scaled = new TreeMap<>();
        for (Map.Entry<Double, Double> a : acc.entrySet()) {
            scaled.merge(a.getKey() / total, a.getValue(), Double::sum);
        }
        return JobPersonMatch.fromMap(scaled);
    }

    private void checkComponents(Map<String, ?> jpms) {
        for (String component : jpms.keySet()) {
            if (!weights.containsKey(component)) {
                throw new IllegalArgumentException("component '" + component + "' has no weight; weighted: "
                        + String.join(", ", weights.keySet()));
            }
        }
        for (String component : weights.keySet()) {
            if (!jpms.containsKey(component)) {
                throw new IllegalArgumentException("no JPM for weighted component '" + component + "'");
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CombinedJpm c && weights.equals(c.weights);
    }

    @Override
    public int hashCode() {
        return weights.hashCode();
    }

    @Override
    public String toString() {
        return "CombinedJpm" + weights;
    }
}
