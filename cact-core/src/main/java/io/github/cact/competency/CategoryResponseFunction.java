package io.github.cact.competency;

import java.util.Objects;

/**
 * The category probabilities of an item as functions of θ, scores 0..m−1: what the Lord–Wingersky
 * recursion (and so Lee's classification method) needs from an item. The item bank binds its
 * dichotomous and polytomous models to it; {@link #dichotomous} adapts a {@link ResponseFunction}.
 */
public interface CategoryResponseFunction {

    /**
     * Returns the number of score categories.
     *
     * @return m ≥ 2; scores run 0..m−1
     */
    int categories();

    /**
     * Writes P(X = j | θ) for j = 0..m−1.
     *
     * @param theta θ
     * @param out receives the m probabilities, summing to 1, in its first m entries; modified
     */
    void probabilities(double theta, double[] out);

    /**
     * Adapts a dichotomous item: P(X = 1) = P(θ), P(X = 0) = 1 − P(θ).
     *
     * @param item the response function
     * @return the two-category function
     */
    static CategoryResponseFunction dichotomous(ResponseFunction item) {
        Objects.requireNonNull(item, "item");
        return new CategoryResponseFunction() {
            @Override
            public int categories() {
                return 2;
            }

            @Override
            public void probabilities(double theta, double[] out) {
                double p = item.probability(theta);
                out[0] = 1 - p;
                out[1] = p;
            }
        };
    }
}
