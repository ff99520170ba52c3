package io.github.cact.irt;

/**
 * The response function of one item: the probability of each category 0..K−1 given the latent trait θ,
 * on the logistic metric with D = 1.
 *
 * <p>Parameters are held in mirt's slope-intercept form (slope {@code a}, intercepts {@code d}) and are
 * also given in IRT form (thresholds {@code b = −d / a}). Implementations are immutable and
 * thread-safe; every method is defined for every finite θ, and the output arrays are written by the
 * callee ("modified"), never kept.
 */
public sealed interface ItemModel permits DichotomousItem, GradedResponseItem, PartialCreditItem {

    /**
     * The largest slope a factory accepts: slopes are in (0, {@value}]. With |θ| ≤ 6, |aθ + d| stays
     * below 350, far from where the logistic function loses precision.
     */
    double MAX_SLOPE = 50;

    /**
     * The largest absolute location a factory accepts on the logit scale: every intercept d (graded
     * d_k, partial-credit step intercept c_v) and every threshold b = −d / a is in [−{@value}, {@value}].
     */
    double MAX_LOCATION = 50;

    /**
     * Returns the model.
     *
     * @return the model type
     */
    ModelType type();

    /**
     * Returns the number of response categories K (2 for dichotomous items).
     *
     * @return K ≥ 2
     */
    int categories();

    /**
     * Returns the discrimination a.
     *
     * @return the slope, &gt; 0 (1 for Rasch and PCM)
     */
    double slope();

    /**
     * Returns the slope-intercept intercepts, K−1 of them. Dichotomous: {@code d} in aθ + d; graded:
     * {@code d_k} of P(X ≥ k) = σ(aθ + d_k), decreasing; partial credit: step intercepts {@code c_v} with
     * P(X = k) ∝ exp(Σ_{v≤k} (aθ + c_v)).
     *
     * @return a new array of K−1 intercepts
     */
    double[] intercepts();

    /**
     * Returns the IRT-form thresholds b_k = −d_k / a (difficulty, category thresholds or step
     * difficulties).
     *
     * @return a new array of K−1 thresholds
     */
    double[] thresholds();

    /**
     * Returns the lower asymptote g of a 3PL or 4PL item.
     *
     * @return g in [0, 1); 0 for models without one
     */
    double guessing();

    /**
     * Returns the upper asymptote u of a 4PL item.
     *
     * @return u in (g, 1]; 1 for models without one
     */
    double upper();

    /**
     * Writes P(X = k | θ) for k = 0..K−1.
     *
     * @param theta the latent trait
     * @param out receives K probabilities summing to 1 (modified)
     */
    void probabilities(double theta, double[] out);

    /**
     * Writes log P(X = k | θ) for k = 0..K−1, accurate far in the tails.
     *
     * @param theta the latent trait
     * @param out receives K log-probabilities (modified)
     */
    void logProbabilities(double theta, double[] out);

    /**
     * Writes the category probabilities and their first and second derivatives in θ.
     *
     * @param theta the latent trait
     * @param p receives P_k(θ) (modified)
     * @param dp receives dP_k/dθ (modified)
     * @param d2p receives d²P_k/dθ² (modified)
     */
    void derivatives(double theta, double[] p, double[] dp, double[] d2p);

    /**
     * Returns P(X = k | θ).
     *
     * @param category k in 0..K−1
     * @param theta the latent trait
     * @return the probability
     */
    default double probability(int category, double theta) {
        double[] p = new double[categories()];
        probabilities(theta, p);
        return p[category];
    }

    /**
     * Returns the item (Fisher) information I(θ) = Σ_k P_k′(θ)² / P_k(θ).
     *
     * @param theta the latent trait
     * @return the information, ≥ 0
     */
    double information(double theta);

    /**
     * Returns the expected score E[X | θ] = Σ_k k·P_k(θ), the item's contribution to the test
     * characteristic curve.
     *
     * @param theta the latent trait
     * @return the expected category, in [0, K−1]
     */
    default double expectedScore(double theta) {
        double[] p = new double[categories()];
        probabilities(theta, p);
        double e = 0;
        for (int k = 1; k < p.length; k++) {
            e += k * p[k];
        }
        return e;
    }

    /**
     * Builds an item from IRT-form parameters, the form of item-bank files.
     *
     * @param type the model
     * @param a the slope (ignored, and must be 1 or NaN, for Rasch and PCM)
     * @param b the K−1 thresholds
     * @param g the lower asymptote (3PL, 4PL; otherwise NaN or 0)
     * @param u the upper asymptote (4PL; otherwise NaN or 1)
     * @return the item
     * @throws IllegalArgumentException if a parameter is out of its range; the message names it, its
     *     value and the allowed range
     */
    static ItemModel ofIrt(ModelType type, double a, double[] b, double g, double u) {
        java.util.Objects.requireNonNull(type, "type");
        java.util.Objects.requireNonNull(b, "b");
        return switch (type) {
            case RASCH, ONE_PL, TWO_PL, THREE_PL, FOUR_PL -> {
                if (b.length != 1) {
                    throw new IllegalArgumentException(type.code() + " items have one threshold b, got "
                            + b.length);
                }
                yield DichotomousItem.ofIrt(type, a, b[0], g, u);
            }
            case GRM -> GradedResponseItem.ofIrt(a, b);
            case GPCM -> PartialCreditItem.gpcmOfIrt(a, b);
            case PCM -> {
                if (!Double.isNaN(a) && a != 1.0) {
                    throw new IllegalArgumentException("pcm items have slope 1, got a = " + a
                            + "; use gpcm for a free slope");
                }
                yield PartialCreditItem.pcmOfIrt(b);
            }
        };
    }
}
