package io.github.cact.irt;

import io.github.cact.internal.numerics.Logistic;
import java.util.Objects;

/**
 * A right/wrong item under the four-parameter logistic family:
 * P(X = 1 | θ) = g + (u − g) · σ(aθ + d), with σ the logistic function (D = 1).
 * Rasch fixes a = 1; 1PL shares one slope among items; 2PL has g = 0, u = 1; 3PL frees g; 4PL frees u.
 * IRT form: b = −d / a. Source: mirt's parameterisation (Chalmers 2012, J. Stat. Softw. 48(6)).
 *
 * <p>Immutable and thread-safe.
 */
public final class DichotomousItem implements ItemModel {

    private final ModelType type;
    private final double a;
    private final double d;
    private final double g;
    private final double u;

    private DichotomousItem(ModelType type, double a, double d, double g, double u) {
        this.type = type;
        this.a = a;
        this.d = d;
        this.g = g;
        this.u = u;
    }

    /**
     * Builds an item from slope-intercept parameters.
     *
     * @param type a dichotomous model
     * @param a the slope: 1 for Rasch, in (0, {@link ItemModel#MAX_SLOPE}] otherwise
     * @param d the intercept; d and b = −d / a within ±{@link ItemModel#MAX_LOCATION}
     * @param g the lower asymptote: in [0, 1) for 3PL and 4PL, 0 otherwise
     * @param u the upper asymptote: in (g, 1] for 4PL, 1 otherwise
     * @return the item
     * @throws IllegalArgumentException if the model is not dichotomous or a parameter is out of range
     */
    public static DichotomousItem of(ModelType type, double a, double d, double g, double u) {
        Objects.requireNonNull(type, "type");
        if (!type.isDichotomous()) {
            throw new IllegalArgumentException(type.code() + " is not a dichotomous model");
        }
        if (type == ModelType.RASCH && a != 1.0) {
            throw new IllegalArgumentException("rasch items have slope 1, got a = " + a
                    + "; use 1pl or 2pl for another slope");
        }
        Parameters.positiveSlope(a);
        Parameters.slopeIntercepts("intercept d", "difficulty b", a, new double[] {d}, false);
        boolean hasG = type == ModelType.THREE_PL || type == ModelType.FOUR_PL;
        if (hasG) {
            if (!(g >= 0 && g < 1)) {
                throw new IllegalArgumentException("lower asymptote g = " + g + " is outside the allowed range [0, 1)");
            }
        } else if (g != 0) {
            throw new IllegalArgumentException(type.code() + " items have no lower asymptote, got g = " + g);
        }
        if (type == ModelType.FOUR_PL) {
            if (!(u > g && u <= 1)) {
                throw new IllegalArgumentException("upper asymptote u = " + u + " is outside the allowed range (g, 1] = ("
                        + g + ", 1]");
            }
        } else if (u != 1) {
            throw new IllegalArgumentException(type.code() + " items have no upper asymptote, got u = " + u);
        }
        return new DichotomousItem(type, a, d, g, u);
    }

    /**
     * Builds an item from IRT-form parameters: P = g + (u − g) · σ(a(θ − b)).
     *
     * @param type a dichotomous model
     * @param a the slope (for Rasch: 1, or NaN for "not given")
     * @param b the difficulty
     * @param g the lower asymptote; NaN means "none" for models without one (and is refused for 3PL, 4PL)
     * @param u the upper asymptote; NaN means "none" for models without one (and is refused for 4PL)
     * @return the item
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static DichotomousItem ofIrt(ModelType type, double a, double b, double g, double u) {
        Objects.requireNonNull(type, "type");
        double slope = type == ModelType.RASCH && Double.isNaN(a) ? 1.0 : a;
        Parameters.positiveSlope(slope);
        Parameters.location("difficulty b", b);
        boolean hasG = type == ModelType.THREE_PL || type == ModelType.FOUR_PL;
        boolean hasU = type == ModelType.FOUR_PL;
        return of(type, slope, -slope * b, !hasG && Double.isNaN(g) ? 0 : g, !hasU && Double.isNaN(u) ? 1 : u);
    }

    /**
     * A Rasch item of difficulty b.
     *
     * @param b the difficulty
     * @return the item with a = 1, d = −b
     */
    public static DichotomousItem rasch(double b) {
        return ofIrt(ModelType.RASCH, 1, b, 0, 1);
    }

    /**
     * A 2PL item in IRT form.
     *
     * @param a the slope, &gt; 0
     * @param b the difficulty
     * @return the item
     */
    public static DichotomousItem twoPl(double a, double b) {
        return ofIrt(ModelType.TWO_PL, a, b, 0, 1);
    }

    /**
     * A 3PL item in IRT form.
     *
     * @param a the slope, &gt; 0
     * @param b the difficulty
     * @param g the lower asymptote in [0, 1)
     * @return the item
     */
    public static DichotomousItem threePl(double a, double b, double g) {
        return ofIrt(ModelType.THREE_PL, a, b, g, 1);
    }

    /**
     * A 4PL item in IRT form.
     *
     * @param a the slope, &gt; 0
     * @param b the difficulty
     * @param g the lower asymptote in [0, 1)
     * @param u the upper asymptote in (g, 1]
     * @return the item
     */
    public static DichotomousItem fourPl(double a, double b, double g, double u) {
        return ofIrt(ModelType.FOUR_PL, a, b, g, u);
    }

    @Override
    public ModelType type() {
        return type;
    }

    @Override
    public int categories() {
        return 2;
    }

    @Override
    public double slope() {
        return a;
    }

    /**
     * Returns the intercept d.
     *
     * @return d in P = g + (u − g) σ(aθ + d)
     */
    public double intercept() {
        return d;
    }

    /**
     * Returns the difficulty b = −d / a.
     *
     * @return b
     */
    public double difficulty() {
        return -d / a;
    }

    @Override
    public double[] intercepts() {
        return new double[] {d};
    }

    @Override
    public double[] thresholds() {
        return new double[] {difficulty()};
    }

    @Override
    public double guessing() {
        return g;
    }

    @Override
    public double upper() {
        return u;
    }

    @Override
    public void probabilities(double theta, double[] out) {
        double z = a * theta + d;
        // 1 − P = (1 − u) + (u − g)·σ(−z): no cancellation when P is near 1
        out[1] = g + (u - g) * Logistic.sigmoid(z);
        out[0] = (1 - u) + (u - g) * Logistic.sigmoid(-z);
    }

    @Override
    public void logProbabilities(double theta, double[] out) {
        double z = a * theta + d;
        // without an asymptote on a side, that side is (u − g)·σ(±z): its log is finite for every finite θ
        out[1] = g == 0 ? Math.log(u) + Logistic.logSigmoid(z) : Math.log(g + (u - g) * Logistic.sigmoid(z));
        out[0] = u == 1 ? Math.log1p(-g) + Logistic.logSigmoid(-z)
                : Math.log((1 - u) + (u - g) * Logistic.sigmoid(-z));
    }

    @Override
    public void derivatives(double theta, double[] p, double[] dp, double[] d2p) {
        double z = a * theta + d;
        double s = Logistic.sigmoid(z);
        double q = Logistic.sigmoid(-z);
        p[1] = g + (u - g) * s;
        p[0] = (1 - u) + (u - g) * q;
        double first = (u - g) * a * s * q;
        double second = first * a * (q - s);
        dp[1] = first;
        dp[0] = -first;
        d2p[1] = second;
        d2p[0] = -second;
    }

    @Override
    public double information(double theta) {
        double z = a * theta + d;
        double s = Logistic.sigmoid(z);
        double q = Logistic.sigmoid(-z);
        if (g == 0 && u == 1) {
            return a * a * s * q;
        }
        double p1 = g + (u - g) * s;
        double p0 = (1 - u) + (u - g) * q;
        double slope = (u - g) * a * s * q;
        double denominator = p1 * p0;
        return denominator > 0 ? slope * slope / denominator : 0;
    }

    @Override
    public double expectedScore(double theta) {
        return g + (u - g) * Logistic.sigmoid(a * theta + d);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DichotomousItem other && type == other.type
                && Double.compare(a, other.a) == 0 && Double.compare(d, other.d) == 0
                && Double.compare(g, other.g) == 0 && Double.compare(u, other.u) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, a, d, g, u);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(type.code()).append("[a=").append(a).append(", b=").append(difficulty());
        if (type == ModelType.THREE_PL || type == ModelType.FOUR_PL) {
            s.append(", g=").append(g);
        }
        if (type == ModelType.FOUR_PL) {
            s.append(", u=").append(u);
        }
        return s.append(']').toString();
    }
}
