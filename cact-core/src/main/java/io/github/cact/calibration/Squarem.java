package io.github.cact.calibration;

/**
 * Iterates an EM map x ↦ M(x) to convergence, accelerated by SQUAREM if asked (Varadhan &amp; Roland 2008,
 * scheme S3): from x0, x1 = M(x0) and x2 = M(x1), r = x1 − x0, v = x2 − x1 − r, α = −‖r‖/‖v‖ (≤ −1; halved
 * toward −1 until the point is valid), x' = x0 − 2αr + α²v, then one EM step from x'; if the log posterior
 * at x' is below the one at x1, the plain EM iterate x2 is kept. Converged when one EM cycle changes
 * no parameter by the tolerance or more. Stateless.
 */
final class Squarem {

    /** One EM cycle and what it knows of its starting point. */
    interface EmMap {
        /**
         * One EM cycle.
         *
         * @param x the parameter vector
         * @return M(x), a new vector
         */
        double[] cycle(double[] x);

        /** @return the log posterior at the argument of the last {@link #cycle} */
        double logPosterior();

        /**
         * @param x a parameter vector
         * @return whether x is in the parameter space
         */
        boolean valid(double[] x);
    }

    /**
     * The outcome of the iterations.
     *
     * @param estimate the last iterate
     * @param cycles the number of EM cycles
     * @param converged whether the last cycle's largest change was below the tolerance
     * @param lastChange the largest parameter change of the last cycle
     */
    record Run(double[] estimate, int cycles, boolean converged, double lastChange) {
    }

    private Squarem() {
    }

    /**
     * Iterates from x0 until the largest parameter change of one EM cycle is below the tolerance, or the
     * cycle limit.
     *
     * @param map the EM map
     * @param start x0
     * @param options the tolerance, cycle limit and whether to accelerate
     * @param progress told after every EM cycle
     * @return the outcome
     */
    static Run iterate(EmMap map, double[] start, CalibrationOptions options, CalibrationProgress progress) {
        double tol = options.tolerance();
        int max = options.maxCycles();
        int cycles = 0;
        double lastChange = 0;
        double[] x0 = start;
        double[] last = x0;
        while (cycles < max) {
            double[] x1 = map.cycle(x0);
            cycles++;
            lastChange = maxChange(x1, x0);
            progress.cycle(cycles, max, lastChange);
            last = x1;
            if (lastChange < tol) {
                return new Run(last, cycles, true, lastChange);
            }
            if (!options.acceleration() || cycles + 2 > max) {
                x0 = x1;
                continue;
            }
            double[] x2 = map.cycle(x1);
            double lp1 = map.logPosterior();
            cycles++;
            lastChange = maxChange(x2, x1);
            progress.cycle(cycles, max, lastChange);
            last = x2;
            if (lastChange < tol) {
                return new Run(last, cycles, true, lastChange);
            }
            double[] xp = extrapolate(map, x0, x1, x2);
            if (xp == null) {
                x0 = x2;
                continue;
            }
            double[] x3 = map.cycle(xp);
            double change = maxChange(x3, xp);
            cycles++;
            progress.cycle(cycles, max, change);
            if (!(map.logPosterior() >= lp1)) {
                // the extrapolated point is worse than an ordinary EM step: fall back to it
                x0 = x2;
                continue;
            }
            lastChange = change;
            last = x3;
            if (lastChange < tol) {
                return new Run(last, cycles, true, lastChange);
            }
            x0 = x3;
        }
        return new Run(last, cycles, false, lastChange);
    }

    /** The SQUAREM point x0 − 2αr + α²v, or null if α > −1 or no valid point is found in 20 halvings. */
    private static double[] extrapolate(EmMap map, double[] x0, double[] x1, double[] x2) {
        int n = x0.length;
        double rr = 0;
        double vv = 0;
        double[] r = new double[n];
        double[] v = new double[n];
        for (int j = 0; j < n; j++) {
            r[j] = x1[j] - x0[j];
            v[j] = x2[j] - x1[j] - r[j];
            rr += r[j] * r[j];
            vv += v[j] * v[j];
        }
        if (!(vv > 0)) {
            return null;
        }
        double alpha = -Math.sqrt(rr / vv);
        if (alpha > -1) {
            return null;
        }
        double[] xp = new double[n];
        for (int back = 0; back < 20; back++) {
            for (int j = 0; j < n; j++) {
                xp[j] = x0[j] - 2 * alpha * r[j] + alpha * alpha * v[j];
            }
            if (map.valid(xp)) {
                return xp;
            }
            alpha = (alpha - 1) / 2;
        }
        return null;
    }

    private static double maxChange(double[] a, double[] b) {
        double max = 0;
        for (int j = 0; j < a.length; j++) {
            max = Math.max(max, Math.abs(a[j] - b[j]));
        }
        return max;
    }
}
