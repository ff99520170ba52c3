package io.github.cact.irt;

import io.github.cact.internal.numerics.Logistic;
import java.util.Arrays;
import java.util.Objects;

/**
 * Samejima's graded response model: P(X ≥ k | θ) = σ(aθ + d_k) for k = 1..K−1, with
 * d_1 &gt; d_2 &gt; … (thresholds b_k = −d_k / a strictly increasing), and
 * P(X = k) = P(X ≥ k) − P(X ≥ k+1). Source: Samejima (1969), Psychometrika Monograph 17; mirt's
 * {@code graded} parameterisation.
 *
 * <p>Immutable and thread-safe.
 */
public final class GradedResponseItem implements ItemModel {

    private final double a;
    private final double[] d;

    private GradedResponseItem(double a, double[] d) {
        this.a = a;
        this.d = d;
    }

    /**
     * Builds an item from slope-intercept parameters.
     *
     * @param a the slope, in (0, {@link ItemModel#MAX_SLOPE}]
     * @param intercepts d_1 &gt; … &gt; d_{K−1}, at least one; each d_k and b_k = −d_k / a within
     *     ±{@link ItemModel#MAX_LOCATION}
     * @return the item
     * @throws IllegalArgumentException if a parameter is out of its range or the intercepts are not
     *     strictly decreasing
     */
    public static GradedResponseItem of(double a, double[] intercepts) {
        Objects.requireNonNull(intercepts, "intercepts");
        Parameters.positiveSlope(a);
        double[] copy = Parameters.slopeIntercepts("intercept d", "threshold b", a, intercepts, true);
        for (int k = 1; k < copy.length; k++) {
            if (!(copy[k] < copy[k - 1])) {
                throw new IllegalArgumentException("graded thresholds must be strictly increasing: b"
                        + k + " = " + (-copy[k - 1] / a) + ", b" + (k + 1) + " = " + (-copy[k] / a));
            }
        }
        return new GradedResponseItem(a, copy);
    }

    /**
     * Builds an item from IRT-form parameters.
     *
     * @param a the slope, in (0, {@link ItemModel#MAX_SLOPE}]
     * @param thresholds b_1 &lt; … &lt; b_{K−1}
     * @return the item
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static GradedResponseItem ofIrt(double a, double[] thresholds) {
        Objects.requireNonNull(thresholds, "thresholds");
        Parameters.positiveSlope(a);
        return of(a, Parameters.intercepts(a, Parameters.locations("threshold b", thresholds)));
    }

    @Override
    public ModelType type() {
        return ModelType.GRM;
    }

    @Override
    public int categories() {
        return d.length + 1;
    }

    @Override
    public double slope() {
        return a;
    }

    @Override
    public double[] intercepts() {
        return d.clone();
    }

    @Override
    public double[] thresholds() {
        return Parameters.thresholds(a, d);
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
    public void probabilities(double theta, double[] out) {
        logProbabilities(theta, out);
        for (int k = 0; k < out.length && k <= d.length; k++) {
            out[k] = Math.exp(out[k]);
        }
    }

    @Override
    public void logProbabilities(double theta, double[] out) {
        int last = d.length;
        double at = a * theta;
        out[0] = Logistic.logSigmoid(-(at + d[0]));
        for (int k = 1; k < last; k++) {
            // log(σ(x) − σ(y)) = log σ(x) + log σ(−y) + log(1 − e^(y − x)), with y − x = d_k − d_{k−1} taken
            // exactly: at + d_k and at + d_{k−1} may round to the same number when |aθ| is large
            out[k] = Logistic.logSigmoid(at + d[k - 1]) + Logistic.logSigmoid(-(at + d[k]))
                    + Math.log1p(-Math.exp(d[k] - d[k - 1]));
        }
        out[last] = Logistic.logSigmoid(at + d[last - 1]);
    }

    @Override
    public void derivatives(double theta, double[] p, double[] dp, double[] d2p) {
        int categories = d.length + 1;
        double at = a * theta;
        // cumulative P*_k = P(X ≥ k); P*_0 = 1 and P*_K = 0 have zero derivatives
        double upperD1 = 0;
        double upperD2 = 0;
        for (int k = 0; k < categories; k++) {
            double d1 = 0;
            double d2 = 0;
            if (k + 1 < categories) {
                double z = at + d[k];
                double star = Logistic.sigmoid(z);
                double q = Logistic.sigmoid(-z);
                d1 = a * star * q;
                d2 = d1 * a * (q - star);
            }
            dp[k] = upperD1 - d1;
            d2p[k] = upperD2 - d2;
            upperD1 = d1;
            upperD2 = d2;
        }
        probabilities(theta, p);
    }

    @Override
    public double information(double theta) {
        int categories = d.length + 1;
        double[] p = new double[categories];
        double[] dp = new double[categories];
        double[] d2p = new double[categories];
        derivatives(theta, p, dp, d2p);
        double info = 0;
        for (int k = 0; k < categories; k++) {
            if (p[k] > 0) {
                info += dp[k] * dp[k] / p[k];
            }
        }
        return info;
    }

    @Override
    public double expectedScore(double theta) {
        // E[X] = Σ_{k≥1} P(X ≥ k)
        double e = 0;
        for (double dk : d) {
            e += Logistic.sigmoid(a * theta + dk);
        }
        return e;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GradedResponseItem other && Double.compare(a, other.a) == 0
                && Arrays.equals(d, other.d);
    }

    @Override
    public int hashCode() {
        return Objects.hash(a, Arrays.hashCode(d));
    }

    @Override
    public String toString() {
        return "grm[a=" + a + ", b=" + Arrays.toString(thresholds()) + "]";
    }
}
