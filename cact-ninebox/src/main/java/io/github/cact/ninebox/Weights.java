package io.github.cact.ninebox;

/** Validation shared by the weight classes. */
final class Weights {

    /** Allowed distance of a sum of weights or probabilities from 1. */
    static final double SUM_TOLERANCE = 1e-9;

    private Weights() {
    }

    static void check(String what, String[] names, double... weights) {
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0 && weights[i] <= 1)) {
                throw new IllegalArgumentException(what + ": weight " + names[i] + " = " + weights[i]
                        + " is outside [0, 1]");
            }
            sum += weights[i];
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException(what + ": weights sum to " + sum + ", not 1");
        }
    }
}
