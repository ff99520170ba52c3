package io.github.cact.irt;

/** Range checks shared by the item models; every message names the parameter and its value. */
final class Parameters {

    private Parameters() {
    }

    static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
        return value;
    }

    static double positiveSlope(double a) {
        if (!(a > 0) || !Double.isFinite(a)) {
            throw new IllegalArgumentException("slope a must be finite and > 0, got " + a);
        }
        return a;
    }

    static double[] finiteAll(String name, double[] values) {
        double[] copy = values.clone();
        if (copy.length == 0) {
            throw new IllegalArgumentException("at least one " + name + " is needed (K ≥ 2 categories)");
        }
        for (int k = 0; k < copy.length; k++) {
            finite(name + (k + 1), copy[k]);
        }
        return copy;
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
