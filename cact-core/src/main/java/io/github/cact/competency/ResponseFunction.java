package io.github.cact.competency;

/**
 * The item response function of a dichotomous item, θ ↦ P(correct | θ), non-decreasing in θ: the one
 * thing the Bookmark method needs from an item. The item bank binds its models to it (a lambda over any
 * model); {@link #twoPl} gives the 2PL with its closed-form response-probability location.
 *
 * <p>A polytomous item enters an ordered item booklet once per score step k, as θ ↦ P(X ≥ k | θ).
 */
@FunctionalInterface
public interface ResponseFunction {

    /**
     * Returns the probability of a correct response.
     *
     * @param theta θ
     * @return P(correct | θ) in [0, 1]
     */
    double probability(double theta);

    /**
     * Returns the response-probability (RP) location: the θ at which P(correct | θ) = rp, found by Brent's
     * method on [−20, 20].
     *
     * @param rp the response probability, in (0, 1)
     * @return θ with P(θ) = rp
     * @throws IllegalArgumentException for rp outside (0, 1), or if P does not reach rp inside [−20, 20]
     *     (e.g. a 3PL lower asymptote above rp)
     */
    default double location(double rp) {
        Bookmark.checkRp(rp);
        double theta = Roots.invert(this::probability, rp);
        if (Double.isNaN(theta)) {
            throw new IllegalArgumentException("the item's probability does not reach RP = " + rp
                    + " for θ in [-20, 20] (P(-20) = " + probability(-Levels.THETA_BOUND) + ", P(20) = "
                    + probability(Levels.THETA_BOUND) + ")");
        }
        return theta;
    }

    /**
     * The two-parameter logistic item P(θ) = 1 / (1 + exp(−a(θ − b))) (D = 1), whose RP location is
     * θ* = b + ln(RP / (1 − RP)) / a (Mitzel, Lewis, Patz &amp; Green 2001; docs/conventions.md#bookmark).
     *
     * @param a the discrimination, finite and &gt; 0
     * @param b the difficulty, finite
     * @return the response function
     * @throws IllegalArgumentException for a ≤ 0 or a non-finite parameter
     */
    static ResponseFunction twoPl(double a, double b) {
        if (!(a > 0) || !Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("a 2PL item needs a finite a > 0 and a finite b, got a = " + a
                    + ", b = " + b);
        }
        return new TwoPl(a, b);
    }
}
