package io.github.cact.irt;

/**
 * Item models from their slope-intercept parameters as stored ({@link ItemModel#intercepts()}), which bank
 * files carry beside the thresholds so that a bank read back is equal to the bank written: the thresholds
 * b = −d/a are rounded, and −a·b is not always d again.
 */
final class InterceptForm {

    /** How far a file's threshold may be from −d/a (relative, at least absolute for |b| < 1). */
    static final double TOLERANCE = 1e-9;

    private InterceptForm() {
    }

    /**
     * Builds a model from slope-intercept parameters.
     *
     * @param type the model
     * @param a the slope (1 or NaN for Rasch and PCM)
     * @param d the K−1 intercepts, as {@link ItemModel#intercepts()} returns them
     * @param g the lower asymptote (3PL, 4PL; otherwise NaN or 0)
     * @param u the upper asymptote (4PL; otherwise NaN or 1)
     * @return the model
     * @throws IllegalArgumentException if a parameter is out of range
     */
    static ItemModel of(ModelType type, double a, double[] d, double g, double u) {
        double[] b = new double[d.length];
        double slope = Double.isNaN(a) ? 1.0 : a;
        for (int k = 0; k < b.length; k++) {
            b[k] = -d[k] / slope;
        }
        ItemModel approximate = ItemModel.ofIrt(type, a, b, g, u);
        return switch (type) {
            case RASCH, ONE_PL, TWO_PL, THREE_PL, FOUR_PL -> DichotomousItem.of(type, approximate.slope(), d[0],
                    approximate.guessing(), approximate.upper());
            case GRM -> GradedResponseItem.of(approximate.slope(), d);
            case GPCM -> PartialCreditItem.gpcm(approximate.slope(), d);
            case PCM -> PartialCreditItem.pcm(d);
        };
    }

    /**
     * Says whether a threshold read from a file agrees with an intercept read beside it.
     *
     * @param b the threshold
     * @param a the slope (NaN for 1)
     * @param d the intercept
     * @return true if {@code |b − (−d/a)| ≤ TOLERANCE · max(1, |b|)}
     */
    static boolean agrees(double b, double a, double d) {
        double slope = Double.isNaN(a) ? 1.0 : a;
        return Math.abs(b + d / slope) <= TOLERANCE * Math.max(1, Math.abs(b));
    }
}
