package io.github.cact.irt;

import io.github.cact.internal.numerics.Logistic;
import java.util.Arrays;
import java.util.Objects;

/**
 * Muraki's generalized partial credit model: P(X = k | θ) ∝ exp(z_k) with
 * z_k = Σ_{v=1..k} (aθ + c_v) = k·aθ + Σ_{v≤k} c_v and z_0 = 0. Step difficulties b_v = −c_v / a
 * (they need not be ordered). Masters' partial credit model (PCM) is the case a = 1. mirt's
 * {@code gpcm} intercepts are the cumulative sums d_k = Σ_{v≤k} c_v. Source: Muraki (1992), Applied
 * Psychological Measurement 16(2).
 *
 * <p>Immutable and thread-safe.
 */
public final class PartialCreditItem implements ItemModel {

    private final ModelType type;
    private final double a;
    private final double[] c;

    private PartialCreditItem(ModelType type, double a, double[] c) {
        this.type = type;
        this.a = a;
        this.c = c;
    }

    /**
     * A GPCM item from slope and step intercepts.
     *
     * @param a the slope, in (0, {@link ItemModel#MAX_SLOPE}]
     * @param stepIntercepts c_1..c_{K−1}, within ±{@link ItemModel#MAX_LOCATION}, at least one
     * @return the item
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static PartialCreditItem gpcm(double a, double[] stepIntercepts) {
        Objects.requireNonNull(stepIntercepts, "stepIntercepts");
        Parameters.positiveSlope(a);
        return new PartialCreditItem(ModelType.GPCM, a,
                Parameters.slopeIntercepts("step intercept c", "step difficulty b", a, stepIntercepts, true));
    }

    /**
     * A GPCM item from slope and step difficulties b_v = −c_v / a.
     *
     * @param a the slope, in (0, {@link ItemModel#MAX_SLOPE}]
     * @param stepDifficulties b_1..b_{K−1}, within ±{@link ItemModel#MAX_LOCATION}, at least one
     * @return the item
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static PartialCreditItem gpcmOfIrt(double a, double[] stepDifficulties) {
        Objects.requireNonNull(stepDifficulties, "stepDifficulties");
        Parameters.positiveSlope(a);
        return gpcm(a, Parameters.intercepts(a, Parameters.locations("step difficulty b", stepDifficulties)));
    }

    /**
     * A PCM item (slope 1) from step intercepts.
     *
     * @param stepIntercepts c_1..c_{K−1}, within ±{@link ItemModel#MAX_LOCATION}, at least one
     * @return the item
     * @throws IllegalArgumentException if a parameter is out of its range
     */
    public static PartialCreditItem pcm(double[] stepIntercepts) {
        Objects.requireNonNull(stepIntercepts, "stepIntercepts");
        return new PartialCreditItem(ModelType.PCM, 1.0,
                Parameters.slopeIntercepts("step intercept c", "step difficulty b", 1.0, stepIntercepts, true));
    }

    /**
     * A PCM item (slope 1) from step difficulties b_v = −c_v.
     *
     * @param stepDifficulties b_1..b_{K−1}, within ±{@link ItemModel#MAX_LOCATION}, at least one
     * @return the item
     * @throws IllegalArgumentException if a parameter is out of its range
     */
    public static PartialCreditItem pcmOfIrt(double[] stepDifficulties) {
        Objects.requireNonNull(stepDifficulties, "stepDifficulties");
        return pcm(Parameters.intercepts(1.0, Parameters.locations("step difficulty b", stepDifficulties)));
    }

    @Override
    public ModelType type() {
        return type;
    }

    @Override
    public int categories() {
        return c.length + 1;
    }

    @Override
    public double slope() {
        return a;
    }

    @Override
    public double[] intercepts() {
        return c.clone();
    }

    @Override
    public double[] thresholds() {
        return Parameters.thresholds(a, c);
    }

    @Override
    public double guessing() {
        return 0;
    }

    @Override
    public double upper() {
        return 1;
    }

    @Override
    public void logProbabilities(double theta, double[] out) {
        int categories = c.length + 1;
        double at = a * theta;
        double z = 0;
        out[0] = 0;
        for (int k = 1; k < categories; k++) {
            z += at + c[k - 1];
            out[k] = z;
        }
        double norm = Logistic.logSumExp(out, categories);
        for (int k = 0; k < categories; k++) {
            out[k] -= norm;
        }
    }

    @Override
    public void probabilities(double theta, double[] out) {
        logProbabilities(theta, out);
        for (int k = 0; k <= c.length; k++) {
            out[k] = Math.exp(out[k]);
        }
    }

    @Override
    public void derivatives(double theta, double[] p, double[] dp, double[] d2p) {
        // dP_k = a P_k (k − E), d²P_k = a² P_k ((k − E)² − Var)
        probabilities(theta, p);
        int categories = c.length + 1;
        double mean = 0;
        double second = 0;
        for (int k = 1; k < categories; k++) {
            mean += k * p[k];
            second += (double) k * k * p[k];
        }
        double variance = Math.max(0, second - mean * mean);
        for (int k = 0; k < categories; k++) {
            double dev = k - mean;
            dp[k] = a * p[k] * dev;
            d2p[k] = a * a * p[k] * (dev * dev - variance);
        }
    }

    @Override
    public double information(double theta) {
        // I(θ) = a² Var(X | θ)
        double[] p = new double[c.length + 1];
        probabilities(theta, p);
        double mean = 0;
        for (int k = 1; k < p.length; k++) {
            mean += k * p[k];
        }
        double variance = 0;
        for (int k = 0; k < p.length; k++) {
            variance += (k - mean) * (k - mean) * p[k];
        }
        return a * a * variance;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialCreditItem other && type == other.type
                && Double.compare(a, other.a) == 0 && Arrays.equals(c, other.c);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, a, Arrays.hashCode(c));
    }

    @Override
    public String toString() {
        return type.code() + "[a=" + a + ", b=" + Arrays.toString(thresholds()) + "]";
    }
}
