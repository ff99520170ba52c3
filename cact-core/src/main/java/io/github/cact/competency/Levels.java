package io.github.cact.competency;

import io.github.cact.internal.numerics.NormalDistribution;

/** Shared constants and checks: the five PermenPANRB 38/2017 levels and the standard normal Φ. */
final class Levels {

    /** The lowest level. */
    static final int MIN = 1;
    /** The highest level. */
    static final int MAX = 5;
    /** The number of levels, 5. */
    static final int COUNT = MAX - MIN + 1;
    /** Bound of θ searches, as for modal estimators (mirt's max_theta; docs/conventions.md#defaults). */
    static final double THETA_BOUND = 20.0;

    private Levels() {
    }

    /** Throws naming the place unless the level is in 1..5. */
    static int check(int level, String place) {
        if (level < MIN || level > MAX) {
            throw new IllegalArgumentException(place + ": level " + level + " is outside " + MIN + ".." + MAX);
        }
        return level;
    }

    /** Φ(z), the standard normal distribution function; Φ(±∞) = 1 or 0. */
    static double phi(double z) {
        return NormalDistribution.cdf(z);
    }

    /** Throws naming the place unless the value is finite. */
    static double finite(double value, String place) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(place + " must be finite, was " + value);
        }
        return value;
    }
}
