package io.github.cact.scoring;

import java.util.Arrays;
import java.util.Objects;

/**
 * A discrete probability distribution on a grid of values: value_i with probability p_i, Σ p_i = 1. The
 * one type for every such distribution of the library: a posterior or prior of θ on the quadrature nodes
 * ({@link Posterior#distribution()}, {@link Quadrature#prior()}), the JPM of a person given measurement
 * error ({@code competency.JobPersonMatch#distribution}), and the scores and JPMs the nine-box places.
 *
 * <p>Values must be finite and may repeat; probabilities finite, in [0, 1] and summing to 1 within
 * {@link #SUM_TOLERANCE}. Errors name the index of the bad entry. Immutable and thread-safe (arrays are
 * copied in and out). Equal when values and probabilities are equal.
 */
public final class DiscreteDistribution {

    /** The largest allowed |Σ p_i − 1|. */
    public static final double SUM_TOLERANCE = 1e-9;

    private final double[] values;
    private final double[] probabilities;

    private DiscreteDistribution(double[] values, double[] probabilities) {
        this.values = values;
        this.probabilities = probabilities;
    }

    /**
     * Creates a distribution. The arrays are copied; −0.0 becomes 0.0, so that equal inputs compare and
     * serialise equally.
     *
     * @param values the values, finite; a value may repeat
     * @param probabilities the probability of each value, same length, summing to 1
     * @return the distribution
     * @throws IllegalArgumentException if the arrays are empty or differ in length, a value is not finite, a
     *     probability is outside [0, 1], or the probabilities do not sum to 1 within {@link #SUM_TOLERANCE};
     *     the message names the index
     */
    public static DiscreteDistribution of(double[] values, double[] probabilities) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(probabilities, "probabilities");
        if (values.length == 0 || values.length != probabilities.length) {
            throw new IllegalArgumentException("distribution needs as many probabilities as values, at least one,"
                    + " but has " + values.length + " values and " + probabilities.length + " probabilities");
        }
        double[] v = new double[values.length];
        double[] p = probabilities.clone();
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("distribution values[" + i + "] is " + values[i]
                        + ", not a finite number");
            }
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw new IllegalArgumentException("distribution probabilities[" + i + "] is " + p[i]
                        + ", outside [0, 1]");
            }
            v[i] = values[i] + 0.0;
            sum += p[i];
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("distribution probabilities sum to " + sum + ", not 1");
        }
        return new DiscreteDistribution(v, p);
    }

    /**
     * Returns the distribution that puts probability 1 on one value.
     *
     * @param value the value, finite
     * @return the point mass
     * @throws IllegalArgumentException if the value is not finite
     */
    public static DiscreteDistribution pointMass(double value) {
        return of(new double[] {value}, new double[] {1});
    }

    /**
     * Returns the number of values.
     *
     * @return at least 1
     */
    public int size() {
        return values.length;
    }

    /**
     * Returns one value.
     *
     * @param index the index, from 0 to {@code size() - 1}
     * @return the value
     */
    public double value(int index) {
        return values[index];
    }

    /**
     * Returns the probability of one value.
     *
     * @param index the index, from 0 to {@code size() - 1}
     * @return the probability
     */
    public double probability(int index) {
        return probabilities[index];
    }

    /**
     * Returns the values.
     *
     * @return a new array, in the order given
     */
    public double[] values() {
        return values.clone();
    }

    /**
     * Returns the probabilities.
     *
     * @return a new array, aligned with {@link #values()}
     */
    public double[] probabilities() {
        return probabilities.clone();
    }

    /**
     * Returns the expected value Σ p_i · value_i.
     *
     * @return the mean
     */
    public double mean() {
        double mean = 0;
        for (int i = 0; i < values.length; i++) {
            mean += probabilities[i] * values[i];
        }
        return mean;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiscreteDistribution other && Arrays.equals(values, other.values)
                && Arrays.equals(probabilities, other.probabilities);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(probabilities);
    }

    @Override
    public String toString() {
        return "DiscreteDistribution[values=" + Arrays.toString(values) + ", probabilities="
                + Arrays.toString(probabilities) + "]";
    }
}
