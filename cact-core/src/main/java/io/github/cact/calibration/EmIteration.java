package io.github.cact.calibration;

/**
 * Iterates an EM map x ↦ M(x) to convergence, accelerated if asked by Anderson acceleration with
 * restarts on a fall of the log posterior (Anderson 1965, J. ACM 12; Walker &amp; Ni 2011, SIAM J. Numer.
 * Anal. 49; for EM, Henderson &amp; Varadhan 2019, J. Comput. Graph. Stat. 28). From x_k, one EM cycle gives
 * g_k = M(x_k) and the residual f_k = g_k − x_k; with the differences ΔF, ΔG of the last {@link #DEPTH}
 * residuals and images, γ minimises ‖f_k − ΔF γ‖ (normal equations with a small ridge) and
 * x_{k+1} = g_k − ΔG γ. A point outside the parameter space, or one whose log posterior is below that of the
 * point it came from, is replaced by that point's plain EM image g_k and the history is cleared, so the log
 * posterior of the accepted points never falls. Converged when one EM cycle changes no parameter by the
 * tolerance or more; the estimate is that cycle's image. Stateless.
 */
final class EmIteration {

    /** The number of earlier residuals the extrapolation uses. */
    static final int DEPTH = 5;

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
     * @param estimate the EM image of the last accepted point
     * @param cycles the number of EM cycles
     * @param converged whether the last cycle's largest change was below the tolerance
     * @param lastChange the largest parameter change of the last cycle
     */
    record Run(double[] estimate, int cycles, boolean converged, double lastChange) {
    }

    private EmIteration() {
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
        History history = options.acceleration() ? new History(start.length) : null;
        double[] x = start;
        double[] estimate = start;
        double change = 0;
        double[] fallback = null;
        double fallbackLogPosterior = Double.NEGATIVE_INFINITY;
        boolean extrapolated = false;
        for (int cycles = 1; cycles <= max; cycles++) {
            double[] image = map.cycle(x);
            change = maxChange(image, x);
            progress.cycle(cycles, max, change);
            if (extrapolated && !(map.logPosterior() >= fallbackLogPosterior)) {
                // the extrapolated point is worse than the one it came from: take that one's EM image
                history.clear();
                x = fallback;
                extrapolated = false;
                continue;
            }
            estimate = image;
            if (change < tol) {
                return new Run(image, cycles, true, change);
            }
            if (history == null) {
                x = image;
                continue;
            }
            fallback = image;
            fallbackLogPosterior = map.logPosterior();
            double[] next = history.extrapolate(x, image);
            extrapolated = next != null && map.valid(next);
            if (next != null && !extrapolated) {
                history.clear();
            }
            x = extrapolated ? next : image;
        }
        return new Run(estimate, max, false, change);
    }

    /** The last {@link #DEPTH} differences of residuals and images, oldest overwritten first. */
    private static final class History {
        private final int n;
        private final double[][] residualSteps = new double[DEPTH][];
        private final double[][] imageSteps = new double[DEPTH][];
        private double[] lastResidual;
        private double[] lastImage;
        private int size;
        private int newest = -1;

        History(int n) {
            this.n = n;
        }

        void clear() {
            size = 0;
            newest = -1;
            lastResidual = null;
            lastImage = null;
        }

        /**
         * Adds x_k and g_k = M(x_k) and returns the extrapolated point, or null without earlier residuals or
         * when the least-squares system cannot be solved.
         */
        double[] extrapolate(double[] x, double[] image) {
            double[] residual = new double[n];
            for (int j = 0; j < n; j++) {
                residual[j] = image[j] - x[j];
            }
            if (lastResidual != null) {
                newest = (newest + 1) % DEPTH;
                double[] df = new double[n];
                double[] dg = new double[n];
                for (int j = 0; j < n; j++) {
                    df[j] = residual[j] - lastResidual[j];
                    dg[j] = image[j] - lastImage[j];
                }
                residualSteps[newest] = df;
                imageSteps[newest] = dg;
                size = Math.min(size + 1, DEPTH);
            }
            lastResidual = residual;
            lastImage = image;
            if (size == 0) {
                return null;
            }
            double[] normal = new double[size * size];
            double[] rhs = new double[size];
            for (int a = 0; a < size; a++) {
                double[] fa = residualSteps[column(a)];
                for (int b = 0; b <= a; b++) {
                    double s = dot(fa, residualSteps[column(b)]);
                    normal[a * size + b] = s;
                    normal[b * size + a] = s;
                }
                rhs[a] = dot(fa, residual);
            }
            double largest = 0;
            for (int a = 0; a < size; a++) {
                largest = Math.max(largest, normal[a * size + a]);
            }
            if (!(largest > 0) || !Double.isFinite(largest)) {
                return null;
            }
            for (int a = 0; a < size; a++) {
                normal[a * size + a] += 1e-10 * largest;
            }
            double[] gamma = Dense.solveSpd(normal, rhs, size);
            if (gamma == null) {
                return null;
            }
            double[] next = image.clone();
            for (int a = 0; a < size; a++) {
                double[] dg = imageSteps[column(a)];
                for (int j = 0; j < n; j++) {
                    next[j] -= gamma[a] * dg[j];
                }
            }
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(next[j])) {
                    return null;
                }
            }
            return next;
        }

        /** The slot of the a-th stored difference, oldest first. */
        private int column(int a) {
            return (newest - size + 1 + a + DEPTH) % DEPTH;
        }

        private static double dot(double[] u, double[] v) {
            double s = 0;
            for (int j = 0; j < u.length; j++) {
                s += u[j] * v[j];
            }
            return s;
        }
    }

    private static double maxChange(double[] a, double[] b) {
        double max = 0;
        for (int j = 0; j < a.length; j++) {
            max = Math.max(max, Math.abs(a[j] - b[j]));
        }
        return max;
    }
}
