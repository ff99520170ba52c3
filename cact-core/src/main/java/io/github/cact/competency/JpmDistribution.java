package io.github.cact.competency;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A discrete distribution of JPM given measurement error: distinct JPM values in increasing order and
 * their probabilities. Built by {@link JobPersonMatch#distribution} and {@link CombinedJpm#combineDistributions(Map)
 * CombinedJpm}; the nine-box module consumes it.
 *
 * <p>Immutable and thread-safe. Equal when values and probabilities are equal.
 */
public final class JpmDistribution {

    /** The largest allowed |Σ p − 1| before the probabilities are rescaled to sum to 1 exactly. */
    public static final double SUM_TOLERANCE = 1e-6;

    private final double[] values;
    private final double[] probabilities;

    private JpmDistribution(double[] values, double[] probabilities) {
        this.values = values;
        this.probabilities = probabilities;
    }

    /**
     * Creates a distribution, rescaling the probabilities by their sum.
     *
     * @param values finite JPM values in strictly increasing order, at least one
     * @param probabilities their probabilities, finite, ≥ 0, summing to 1 within {@link #SUM_TOLERANCE}
     * @return the distribution
     * @throws IllegalArgumentException for different lengths, no value, values not strictly increasing or
     *     not finite, or a bad probability; naming the index
     */
    public static JpmDistribution of(double[] values, double[] probabilities) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(probabilities, "probabilities");
        if (values.length != probabilities.length || values.length == 0) {
            throw new IllegalArgumentException("a JPM distribution needs as many probabilities as values, at least "
                    + "one; got " + values.length + " values and " + probabilities.length + " probabilities");
        }
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            Levels.finite(values[i], "JPM value " + i);
            if (i > 0 && !(values[i] > values[i - 1])) {
                throw new IllegalArgumentException("JPM values must increase, but value " + i + " = " + values[i]
                        + " is not above " + values[i - 1]);
            }
            if (!(probabilities[i] >= 0) || !Double.isFinite(probabilities[i])) {
                throw new IllegalArgumentException("probability " + i + " = " + probabilities[i]
                        + " is not a probability");
            }
            sum += probabilities[i];
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("JPM probabilities sum to " + sum + ", not 1");
        }
        double[] p = new double[probabilities.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = probabilities[i] / sum;
        }
        return new JpmDistribution(values.clone(), p);
    }

    /** Builds from value → probability, dropping zero probabilities; the map sums to 1. */
    static JpmDistribution fromMap(TreeMap<Double, Double> map) {
        map.values().removeIf(p -> p == 0);
        double[] v = new double[map.size()];
        double[] p = new double[map.size()];
        int i = 0;
        for (Map.Entry<Double, Double> e : map.entrySet()) {
            v[i] = e.getKey();
            p[i++] = e.getValue();
        }
        return of(v, p);
    }

    /**
     * Returns the number of distinct values.
     *
     * @return at least 1
     */
    public int size() {
        return values.length;
    }

    /**
     * Returns the JPM values.
     *
     * @return a new array, strictly increasing
     */
    public double[] values() {
        return values.clone();
    }

    /**
     * Returns the probabilities.
     *
     * @return a new array, aligned with {@link #values()}, summing to 1
     */
    public double[] probabilities() {
        return probabilities.clone();
    }

    /**
     * Returns the expected JPM, Σ v_i p_i.
     *
     * @return E[JPM]
     */
    public double expected() {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i] * probabilities[i];
        }
        return sum;
    }

    /**
     * Returns the probability that the JPM falls in a filling category.
     *
     * @param category the category
     * @return Σ of the probabilities of the values in it
     */
    public double probability(FillingCategory category) {
        Objects.requireNonNull(category, "category");
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            if (FillingCategory.of(values[i]) == category) {
                sum += probabilities[i];
            }
        }
        return sum;
    }

    /**
     * Returns the probability that the JPM falls in a mapping category.
     *
     * @param category the category
     * @return Σ of the probabilities of the values in it
     */
    public double probability(MappingCategory category) {
        Objects.requireNonNull(category, "category");
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            if (MappingCategory.of(values[i]) == category) {
                sum += probabilities[i];
            }
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JpmDistribution d && Arrays.equals(values, d.values)
                && Arrays.equals(probabilities, d.probabilities);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(probabilities);
    }

    @Override
    public String toString() {
        return "JpmDistribution[values " + Arrays.toString(values) + ", probabilities "
                + Arrays.toString(probabilities) + "]";
    }
}
