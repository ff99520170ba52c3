package io.github.cact.cat.internal;

import io.github.cact.irt.ItemModel;

/** Simulated answers: a response category drawn from an item's category probabilities. Stateless. */
public final class InverseTransform {

    private InverseTransform() {
    }

    /**
     * The category drawn by inverse transform of one uniform draw u: the first k with
     * P_0(θ) + … + P_k(θ) &gt; u, or the last category if rounding leaves the sum of the others at or below u.
     *
     * @param model the item model
     * @param theta the examinee's θ
     * @param u a uniform draw on [0, 1)
     * @return the category 0..K−1
     */
    public static int category(ItemModel model, double theta, double u) {
        double[] p = new double[model.categories()];
        model.probabilities(theta, p);
        double cumulative = 0;
        for (int k = 0; k < p.length - 1; k++) {
            cumulative += p[k];
            if (u < cumulative) {
                return k;
            }
        }
        return p.length - 1;
    }
}
