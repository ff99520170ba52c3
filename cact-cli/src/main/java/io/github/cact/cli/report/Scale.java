package io.github.cact.cli.report;

import java.util.ArrayList;
import java.util.List;

/** A linear map from a data interval to a pixel interval, with "nice" ticks. */
final class Scale {

    private final double d0;
    private final double d1;
    private final double r0;
    private final double r1;

    Scale(double d0, double d1, double r0, double r1) {
        this.d0 = d0;
        this.d1 = d1 > d0 ? d1 : d0 + 1.0;
        this.r0 = r0;
        this.r1 = r1;
    }

    double map(double v) {
        return r0 + (v - d0) / (d1 - d0) * (r1 - r0);
    }

    /** A step of 1, 2, 2.5 or 5 times a power of ten giving about {@code target} intervals over the domain. */
    double step(int target) {
        double raw = (d1 - d0) / Math.max(1, target);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
        return nice * mag;
    }

    /** Multiples of {@link #step} inside the domain. */
    List<Double> ticks(int target) {
        double step = step(target);
        List<Double> ticks = new ArrayList<>();
        long first = (long) Math.ceil(d0 / step - 1e-9);
        for (long k = first; k * step <= d1 + step * 1e-9; k++) {
            ticks.add(k * step);
        }
        return ticks;
    }

    /** Decimals that show the ticks of {@link #step} exactly. */
    int decimals(int target) {
        double step = step(target);
        int decimals = 0;
        while (decimals < 4 && Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals))) > 1e-9) {
            decimals++;
        }
        return decimals;
    }

    /** Rounds a positive maximum up to a nice axis end (at least {@code floor}). */
    static double niceMax(double max, double floor) {
        double m = Math.max(max, floor);
        double mag = Math.pow(10, Math.floor(Math.log10(m)));
        for (double f : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (f * mag >= m * (1 - 1e-12)) {
                return f * mag;
            }
        }
        return 10 * mag;
    }
}
