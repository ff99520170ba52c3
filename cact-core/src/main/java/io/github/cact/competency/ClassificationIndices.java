package io.github.cact.competency;

import java.util.Arrays;
import java.util.Objects;

/**
 * Marginal classification accuracy and consistency of one competency's levels, with the expected
 * confusion matrix (true level × classified level, entries summing to 1). Accuracy is its trace; false
 * positives lie above the diagonal (classified higher than true), false negatives below.
 *
 * <p>Immutable and thread-safe. Equal when competency, matrix and consistency are equal.
 */
public final class ClassificationIndices {

    private final String competency;
    private final double[][] confusion;
    private final double consistency;

    private ClassificationIndices(String competency, double[][] confusion, double consistency) {
        this.competency = competency;
        this.confusion = confusion;
        this.consistency = consistency;
    }

    /** Divides the accumulated sums by the total weight. */
    static ClassificationIndices of(String competency, double[][] sums, double consistencySum, double mass) {
        double[][] m = new double[sums.length][];
        for (int t = 0; t < sums.length; t++) {
            m[t] = new double[sums[t].length];
            for (int c = 0; c < sums[t].length; c++) {
                m[t][c] = sums[t][c] / mass;
            }
        }
        return new ClassificationIndices(competency, m, consistencySum / mass);
    }

    /**
     * Returns the competency code.
     *
     * @return the code
     */
    public String competency() {
        return competency;
    }

    /**
     * Returns the marginal accuracy, the probability that the classified level is the true level.
     *
     * @return Σ_t confusion(t, t)
     */
    public double accuracy() {
        double sum = 0;
        for (int t = 0; t < confusion.length; t++) {
            sum += confusion[t][t];
        }
        return sum;
    }

    /**
     * Returns the marginal consistency, the probability that two independent classifications agree.
     *
     * @return the mean of Σ_k p_k(θ)²
     */
    public double consistency() {
        return consistency;
    }

    /**
     * Returns the probability of being classified above the true level.
     *
     * @return Σ_{c &gt; t} confusion(t, c)
     */
    public double falsePositive() {
        double sum = 0;
        for (int t = 0; t < confusion.length; t++) {
            for (int c = t + 1; c < confusion.length; c++) {
                sum += confusion[t][c];
            }
        }
        return sum;
    }

    /**
     * Returns the probability of being classified below the true level.
     *
     * @return Σ_{c &lt; t} confusion(t, c)
     */
    public double falseNegative() {
        double sum = 0;
        for (int t = 0; t < confusion.length; t++) {
            for (int c = 0; c < t; c++) {
                sum += confusion[t][c];
            }
        }
        return sum;
    }

    /**
     * Returns one entry of the confusion matrix.
     *
     * @param trueLevel 1..5
     * @param classifiedLevel 1..5
     * @return P(true level, classified level)
     * @throws IllegalArgumentException for a level outside 1..5
     */
    public double confusion(int trueLevel, int classifiedLevel) {
        return confusion[Levels.check(trueLevel, "true level") - 1][Levels.check(classifiedLevel,
                "classified level") - 1];
    }

    /**
     * Returns the confusion matrix.
     *
     * @return a new 5 × 5 array, [true level − 1][classified level − 1]
     */
    public double[][] confusionMatrix() {
        double[][] copy = new double[confusion.length][];
        for (int t = 0; t < copy.length; t++) {
            copy[t] = confusion[t].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassificationIndices c && competency.equals(c.competency)
                && Arrays.deepEquals(confusion, c.confusion) && Double.compare(consistency, c.consistency) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(competency, Arrays.deepHashCode(confusion), consistency);
    }

    @Override
    public String toString() {
        return "ClassificationIndices[" + competency + ": accuracy " + accuracy() + ", consistency " + consistency
                + "]";
    }
}
