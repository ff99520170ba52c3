package io.github.cact.internal.numerics;

import java.util.function.ToDoubleFunction;

/**
 * Unconstrained minimisation without derivatives by the Nelder–Mead simplex method with the standard
 * coefficients (reflection 1, expansion 2, contraction ½, shrink ½) and the ordering and tie rules of
 * Lagarias, Reeds, Wright &amp; Wright (1998), SIAM J. Optim. 9(1); original: Nelder &amp; Mead (1965), Comput.
 * J. 7(4). Stops when the function values on the simplex agree to the tolerance or the simplex has shrunk
 * to one point. Stateless.
 */
public final class NelderMead {

    private static final double EXPAND = 2;
    private static final double CONTRACT = 0.5;
    private static final double SHRINK = 0.5;

    private NelderMead() {
    }

    /** The best vertex found and its value. */
    public static final class Minimum {
        private final double[] point;
        private final double value;

        private Minimum(double[] point, double value) {
            this.point = point.clone();
            this.value = value;
        }

        /**
         * The minimiser.
         *
         * @return a copy
         */
        public double[] point() {
            return point.clone();
        }

        /**
         * The function value there.
         *
         * @return f(point)
         */
        public double value() {
            return value;
        }
    }

    /**
     * Minimises f from the simplex start, start + steps[i]·e_i.
     *
     * @param f the function; +∞ or a huge value keeps the search out of a region
     * @param start the first vertex (not modified)
     * @param steps the edge of the first simplex along each axis, non-zero (not modified)
     * @param tolerance stop when max f − min f on the simplex ≤ tolerance·(|min f| + 1)
     * @param maxEvaluations the evaluation budget
     * @return the best vertex
     * @throws IllegalStateException if the budget is spent first
     */
    public static Minimum minimize(ToDoubleFunction<double[]> f, double[] start, double[] steps, double tolerance,
            int maxEvaluations) {
        int n = start.length;
        double[][] x = new double[n + 1][];
        double[] fx = new double[n + 1];
        for (int v = 0; v <= n; v++) {
            x[v] = start.clone();
            if (v > 0) {
                x[v][v - 1] += steps[v - 1];
            }
            fx[v] = f.applyAsDouble(x[v]);
        }
        int evaluations = n + 1;
        double[] centroid = new double[n];
        while (true) {
            order(x, fx);
            if (fx[n] - fx[0] <= tolerance * (Math.abs(fx[0]) + 1) || collapsed(x)) {
                return new Minimum(x[0], fx[0]);
            }
            if (evaluations >= maxEvaluations) {
                throw new IllegalStateException("Nelder–Mead spent " + maxEvaluations + " evaluations without"
                        + " converging; best value " + fx[0]);
            }
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int v = 0; v < n; v++) {
                    s += x[v][j];
                }
                centroid[j] = s / n;
            }
            double[] reflected = along(centroid, x[n], -1);
            double fr = f.applyAsDouble(reflected);
            evaluations++;
            if (fr < fx[0]) {
                double[] expanded = along(centroid, x[n], -EXPAND);
                double fe = f.applyAsDouble(expanded);
                evaluations++;
                replaceWorst(x, fx, fe < fr ? expanded : reflected, Math.min(fe, fr));
            } else if (fr < fx[n - 1]) {
                replaceWorst(x, fx, reflected, fr);
            } else {
                boolean outside = fr < fx[n];
                double[] contracted = along(centroid, x[n], outside ? -CONTRACT : CONTRACT);
                double fc = f.applyAsDouble(contracted);
                evaluations++;
                if (outside ? fc <= fr : fc < fx[n]) {
                    replaceWorst(x, fx, contracted, fc);
                } else {
                    for (int v = 1; v <= n; v++) {
                        x[v] = along(x[0], x[v], SHRINK);
                        fx[v] = f.applyAsDouble(x[v]);
                    }
                    evaluations += n;
                }
            }
        }
    }

    /** c + t·(p − c). */
    private static double[] along(double[] c, double[] p, double t) {
        double[] out = new double[c.length];
        for (int j = 0; j < c.length; j++) {
            out[j] = c[j] + t * (p[j] - c[j]);
        }
        return out;
    }

    private static void replaceWorst(double[][] x, double[] fx, double[] point, double value) {
        x[x.length - 1] = point;
        fx[fx.length - 1] = value;
    }

    /** Sorts the vertices by value, stably, so that ties keep their order (insertion sort: n is small). */
    private static void order(double[][] x, double[] fx) {
        for (int i = 1; i < fx.length; i++) {
            double[] point = x[i];
            double value = fx[i];
            int j = i - 1;
            while (j >= 0 && fx[j] > value) {
                x[j + 1] = x[j];
                fx[j + 1] = fx[j];
                j--;
            }
            x[j + 1] = point;
            fx[j + 1] = value;
        }
    }

    /** True when every vertex equals the best one: no move can change the simplex any more. */
    private static boolean collapsed(double[][] x) {
        for (int v = 1; v < x.length; v++) {
            for (int j = 0; j < x[0].length; j++) {
                if (Math.abs(x[v][j] - x[0][j]) > 2 * Math.ulp(x[0][j])) {
                    return false;
                }
            }
        }
        return true;
    }
}
