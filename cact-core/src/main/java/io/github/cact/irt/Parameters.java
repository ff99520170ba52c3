package io.github.cact.irt;

/**
 * Range checks shared by the item models (see {@link ItemModel#MAX_SLOPE} and
 * {@link ItemModel#MAX_LOCATION}); every message names the parameter, its value and the allowed range.
 */
final class Parameters {

    private Parameters() {
    }

    static double positiveSlope(double a) {
        if (!(a > 0 && a <= ItemModel.MAX_SLOPE)) {
            throw new IllegalArgumentException("slope a = " + a + " is outside the allowed range (0, "
                    + ItemModel.MAX_SLOPE + "]");
        }
        return a;
    }

    /** A location on the logit scale: an intercept d or a threshold b, |value| ≤ {@link ItemModel#MAX_LOCATION}. */
    static double location(String name, double value) {
        if (!(Math.abs(value) <= ItemModel.MAX_LOCATION)) {
            throw new IllegalArgumentException(name + " = " + value + " is outside the allowed range " + range());
        }
        return value;
    }

    static double[] locations(String name, double[] values) {
        double[] copy = values.clone();
        if (copy.length == 0) {
            throw new IllegalArgumentException("at least one " + name + " is needed (K ≥ 2 categories)");
        }
        for (int k = 0; k < copy.length; k++) {
            location(name + (k + 1), copy[k]);
        }
        return copy;
    }

    /**
     * Checks intercepts d_k and the thresholds b_k = −d_k / a they imply: both within
     * ±{@link ItemModel#MAX_LOCATION}.
     */
    static double[] slopeIntercepts(String dName, String bName, double a, double[] intercepts, boolean numbered) {
        double[] d = intercepts.clone();
        if (d.length == 0) {
            throw new IllegalArgumentException("at least one " + dName + " is needed (K ≥ 2 categories)");
        }
        for (int k = 0; k < d.length; k++) {
            String suffix = numbered ? Integer.toString(k + 1) : "";
            double b = -d[k] / a;
            if (!(Math.abs(d[k]) <= ItemModel.MAX_LOCATION && Math.abs(b) <= ItemModel.MAX_LOCATION)) {
                throw new IllegalArgumentException(dName + suffix + " = " + d[k] + " with slope a = " + a + " (so "
                        + bName + suffix + " = −" + dName + suffix + "/a = " + b + "): both must be in the allowed"
                        + " range " + range());
            }
        }
        return d;
    }

    static String range() {
        return "[" + -ItemModel.MAX_LOCATION + ", " + ItemModel.MAX_LOCATION + "]";
    }

    static double[] thresholds(double a, double[] intercepts) {
        double[] b = new double[intercepts.length];
        for (int k = 0; k < b.length; k++) {
            b[k] = -intercepts[k] / a;
        }
        return b;
    }

    static double[] intercepts(double a, double[] thresholds) {
        double[] d = new double[thresholds.length];
        for (int k = 0; k < d.length; k++) {
            d[k] = -a * thresholds[k];
        }
        return d;
    }
}
