package io.github.cact.ninebox;

import java.util.Arrays;
import java.util.Objects;

/**
 * A discrete probability distribution of a score: values with their probabilities. It carries measurement
 * error into placement, e.g. the distribution of a person's competency JPM implied by the probabilities of
 * their competency levels (computed by the caller, for instance from cact-core posteriors).
 *
 * <p>Values must be finite; probabilities finite, non-negative and summing to 1 within 1e-9. Errors are
 * raised here, where no person is known yet, and name the index of the bad entry. The ranges of the values
 * (0–100 for a score, ≥ 0 for a JPM) are checked at placement, where the person and field are known.
 * Immutable and thread-safe.
 */
public final class DiscreteDistribution {

    private final double[] values;
    private final double[] probabilities;

    private DiscreteDistribution(double[] values, double[] probabilities) {
        this.values = values;
        this.probabilities = probabilities;
    }

    /**
     * Creates a distribution. The arrays are copied.
     *
     * @param values the values, finite; a value may repeat
     * @param probabilities the probability of each value, same length, summing to 1
     * @return the distribution
     * @throws IllegalArgumentException if the arrays are empty or differ in length, a value is not finite, a
     *     probability is negative or not finite, or the probabilities do not sum to 1 within 1e-9; the
     *     message names the index
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
            v[i] = values[i] + 0.0; // -0.0 becomes 0.0, so that equal inputs serialise equally
            sum += p[i];
        }
        if (Math.abs(sum - 1) > Weights.SUM_TOLERANCE) {
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
     * Returns the expected value {@code Σ probability(i) · value(i)}.
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

    /** Canonical text: each value and probability in {@link Double#toHexString} form. */
    String canonicalForm() {
        StringBuilder sb = new StringBuilder("d").append(values.length);
        for (int i = 0; i < values.length; i++) {
            sb.append(';').append(Double.toHexString(values[i])).append('@')
                    .append(Double.toHexString(probabilities[i]));
        }
        return sb.toString();
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
