package io.github.cact.internal.numerics;

/**
 * Numerically stable logistic functions: σ(z) = 1 / (1 + e^−z) and its logarithms, finite for every
 * finite argument. Stateless and thread-safe.
 */
public final class Logistic {

    private Logistic() {
    }

    /**
     * The logistic function σ(z), computed without overflow.
     *
     * @param z any finite value
     * @return σ(z) in [0, 1]
     */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    /**
     * The softplus function log(1 + e^z), computed without overflow.
     *
     * @param z any finite value
     * @return log(1 + e^z) ≥ 0
     */
    public static double softplus(double z) {
        return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    }

    /**
     * log σ(z) = −softplus(−z), accurate for large |z|.
     *
     * @param z any finite value
     * @return log σ(z) ≤ 0
     */
    public static double logSigmoid(double z) {
        return -softplus(-z);
    }

    /**
     * log(σ(x) − σ(y)) for x &gt; y, computed as log σ(x) + log σ(−y) + log(1 − e^(y−x)) so that neither
     * tail cancels.
     *
     * @param x the larger argument
     * @param y the smaller argument
     * @return the logarithm of the difference
     */
    public static double logSigmoidDifference(double x, double y) {
        return logSigmoid(x) + logSigmoid(-y) + Math.log1p(-Math.exp(y - x));
    }

    /**
     * log Σ exp(v_i) over {@code values[0..length)}, shifted by the maximum.
     *
     * @param values the terms (not modified)
     * @param length how many leading terms to use, at least 1
     * @return the log of the sum of exponentials
     */
    public static double logSumExp(double[] values, int length) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < length; i++) {
            max = Math.max(max, values[i]);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (int i = 0; i < length; i++) {
            sum += Math.exp(values[i] - max);
        }
        return max + Math.log(sum);
    }
}
