package io.github.cact.internal.numerics;

/**
 * The n-point Gauss–Legendre rule, exact for polynomials of degree up to 2n − 1. The nodes are the zeros of
 * the Legendre polynomial P_n, found by Newton's method on the three-term recurrence
 * (j+1) P_{j+1}(x) = (2j+1) x P_j(x) − j P_{j−1}(x) from the guesses cos(π(i + ¾)/(n + ½)); the weights are
 * 2/((1 − x²) P_n'(x)²) (Davis &amp; Rabinowitz 1984, Methods of Numerical Integration, 2nd ed., §2.7; Press
 * et al., Numerical Recipes, 3rd ed., §4.6). Immutable and thread-safe.
 */
public final class GaussLegendre {

    private static final int MAX_NEWTON = 100;

    /** Nodes on [−1, 1], ascending, and their weights. */
    private final double[] nodes;
    private final double[] weights;

    private GaussLegendre(double[] nodes, double[] weights) {
        this.nodes = nodes;
        this.weights = weights;
    }

    /**
     * The n-point rule.
     *
     * @param n the number of points, ≥ 1
     * @return the rule
     * @throws IllegalArgumentException for n &lt; 1
     */
    public static GaussLegendre of(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a Gauss–Legendre rule needs at least 1 point, got " + n);
        }
        double[] nodes = new double[n];
        double[] weights = new double[n];
        for (int i = 0; i < (n + 1) / 2; i++) {
            double z = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double[] pd = legendre(n, z);
            for (int k = 0; k < MAX_NEWTON; k++) {
                double step = pd[0] / pd[1];
                z -= step;
                pd = legendre(n, z);
                if (Math.abs(step) <= 1e-15) {
                    break;
                }
            }
            double w = 2 / ((1 - z) * (1 + z) * pd[1] * pd[1]);
            nodes[i] = -z;
            nodes[n - 1 - i] = z;
            weights[i] = w;
            weights[n - 1 - i] = w;
        }
        if (n % 2 == 1) {
            nodes[n / 2] = 0;
        }
        return new GaussLegendre(nodes, weights);
    }

    /** P_n(z) and P_n'(z). */
    private static double[] legendre(int n, double z) {
        double previous = 1;
        double current = z;
        for (int j = 1; j < n; j++) {
            double next = ((2 * j + 1) * z * current - j * previous) / (j + 1);
            previous = current;
            current = next;
        }
        return new double[] {current, n * (z * current - previous) / (z * z - 1)};
    }

    /**
     * The number of points.
     *
     * @return n
     */
    public int size() {
        return nodes.length;
    }

    /**
     * Node i of the rule moved to [lo, hi]: (lo + hi)/2 + (hi − lo)/2 · x_i.
     *
     * @param i 0 ≤ i &lt; n, ascending
     * @param lo the lower end
     * @param hi the upper end
     * @return the node
     */
    public double node(int i, double lo, double hi) {
        return 0.5 * (lo + hi) + 0.5 * (hi - lo) * nodes[i];
    }

    /**
     * Weight i of the rule on [lo, hi]: (hi − lo)/2 · w_i.
     *
     * @param i 0 ≤ i &lt; n
     * @param lo the lower end
     * @param hi the upper end
     * @return the weight
     */
    public double weight(int i, double lo, double hi) {
        return 0.5 * (hi - lo) * weights[i];
    }
}
