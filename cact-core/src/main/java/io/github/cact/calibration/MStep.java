package io.github.cact.calibration;

import io.github.cact.internal.numerics.Logistic;
import java.util.Arrays;

/**
 * The item M-step: per block of {@link ParameterLayout}, Fisher scoring with step halving on
 * Σ_items Σ_q Σ_k r_ikq log P_ik(θ_q) + log prior (the common 1PL slope jointly with the 1PL intercepts).
 * Holds scratch arrays sized for the largest item and block, reused across items, steps and cycles. Sources:
 * Bock &amp; Aitkin (1981), Psychometrika 46; mirt (Chalmers 2012). Mutable scratch; one calibration, one
 * thread.
 */
final class MStep {

    private final ParameterLayout layout;
    private final double[] theta;
    private final int[] offsets;
    private final Prior[] priorByRole;
    /** Item scratch: trial local parameters, log P_k, P_k and scores ∂ log P_k / ∂p_j at one node. */
    private final double[] par;
    private final double[] logP;
    private final double[] prob;
    private final double[] score;
    /** Block scratch: the iterate, its gradient and information, and the trial point of a step. */
    private final double[] x;
    private final double[] grad;
    private final double[] info;
    private final double[] trial;

    /**
     * @param layout the blocks
     * @param theta the nodes
     * @param offsets the start of item i's rows in r ({@link EStep#offsets()})
     * @param options the priors
     */
    MStep(ParameterLayout layout, double[] theta, int[] offsets, CalibrationOptions options) {
        this.layout = layout;
        this.theta = theta;
        this.offsets = offsets;
        this.priorByRole = new Prior[] {options.slopePrior(), options.interceptPrior(), options.guessingPrior(),
            options.upperPrior()};
        int maxSize = 0;
        int maxCategories = 0;
        for (int i = 0; i < layout.items(); i++) {
            maxSize = Math.max(maxSize, layout.state(i).size);
            maxCategories = Math.max(maxCategories, layout.state(i).categories);
        }
        int maxBlock = 0;
        for (int b = 0; b < layout.blocks(); b++) {
            maxBlock = Math.max(maxBlock, layout.block(b).size());
        }
        this.par = new double[maxSize];
        this.logP = new double[maxCategories];
        this.prob = new double[maxCategories];
        this.score = new double[maxCategories * maxSize];
        this.x = new double[maxBlock];
        this.grad = new double[maxBlock];
        this.info = new double[maxBlock * maxBlock];
        this.trial = new double[maxBlock];
    }

    /**
     * Σ_items Σ_q Σ_k r log P at block vector x (+ gradient and Fisher information if asked, without
     * prior).
     *
     * @param b the block
     * @param bx the block vector, {@code size} entries
     * @param r the expected counts ({@link EStep#expectedCounts})
     * @param g receives the gradient in its first {@code size} entries, or null
     * @param h receives the size × size information, row-major, or null
     * @return the objective, or −∞ if x is invalid
     */
    double objective(int b, double[] bx, double[] r, double[] g, double[] h) {
        ParameterLayout.Block block = layout.block(b);
        int size = block.size();
        if (g != null) {
            Arrays.fill(g, 0, size, 0);
            Arrays.fill(h, 0, size * size, 0);
        }
        double f = 0;
        for (int m = 0; m < block.items().length; m++) {
            int i = block.items()[m];
            ItemState s = layout.state(i);
            int[] map = block.map()[m];
            double[] p = par;
            System.arraycopy(s.par, 0, p, 0, s.size);
            for (int j = 0; j < s.size; j++) {
                if (map[j] >= 0) {
                    p[j] = bx[map[j]];
                }
            }
            if (!s.valid(p)) {
                return Double.NEGATIVE_INFINITY;
            }
            f = addItem(f, i, s, p, map, r, g, h, size);
        }
        return f;
    }

    /**
     * Adds item i's terms at parameters p to the objective f (returned) and, if asked, to g and h in block
     * positions {@code map}, node by node ({@link #addNode}); f is passed through so that the sums keep
     * their order.
     */
    private double addItem(double f, int i, ItemState s, double[] p, int[] map, double[] r, double[] g, double[] h,
            int size) {
        for (int q = 0; q < theta.length; q++) {
            f = addNode(f, i, s, p, map, r, g, h, size, q);
        }
        return f;
    }

    /**
     * Adds item i's terms at node q, as {@link #addItem}. A method of its own with only short loops, so that
     * the JIT compiles it early as a whole method: a loop over the nodes in the same method was compiled on
     * stack replacement once per inner loop, four times over.
     */
    private double addNode(double f, int i, ItemState s, double[] p, int[] map, double[] r, double[] g, double[] h,
            int size, int q) {
        int nodes = theta.length;
        int k0 = s.categories;
        s.evaluate(p, theta[q], logP, prob, score);
        double n = 0;
        for (int k = 0; k < k0; k++) {
            double rk = r[(offsets[i] + k) * nodes + q];
            n += rk;
            if (rk != 0) {
                f += rk * logP[k];
            }
        }
        if (g == null) {
            return f;
        }
        for (int j = 0; j < s.size; j++) {
            if (map[j] < 0) {
                continue;
            }
            double gj = 0;
            for (int k = 0; k < k0; k++) {
                gj += r[(offsets[i] + k) * nodes + q] * score[k * s.size + j];
            }
            g[map[j]] += gj;
            for (int l = 0; l <= j; l++) {
                if (map[l] < 0) {
                    continue;
                }
                double hjl = 0;
                for (int k = 0; k < k0; k++) {
                    hjl += prob[k] * score[k * s.size + j] * score[k * s.size + l];
                }
                hjl *= n;
                h[map[j] * size + map[l]] += hjl;
                if (map[l] != map[j]) {
                    h[map[l] * size + map[j]] += hjl;
                }
            }
        }
        return f;
    }

    /**
     * The log prior of a block vector; adds its gradient and information if asked.
     *
     * @param b the block
     * @param bx the block vector
     * @param g the gradient to add to, or null
     * @param h the size × size information to add to, or null
     * @return the log prior
     */
    double prior(int b, double[] bx, double[] g, double[] h) {
        ParameterLayout.Block block = layout.block(b);
        int size = block.size();
        double f = 0;
        for (int j = 0; j < size; j++) {
            Prior prior = priorByRole[block.role()[j]];
            if (prior.kind() == Prior.Kind.NONE) {
                continue;
            }
            double v = bx[j];
            double mu = prior.first();
            double sd = prior.second();
            switch (prior.kind()) {
                case NORMAL: {
                    f += prior.logDensity(v);
                    if (g != null) {
                        g[j] += -(v - mu) / (sd * sd);
                        h[j * size + j] += 1 / (sd * sd);
                    }
                    break;
                }
                case LOG_NORMAL: {
                    f += prior.logDensity(v);
                    if (g != null && v > 0) {
                        g[j] += (-(Math.log(v) - mu) / (sd * sd) - 1) / v;
                        h[j * size + j] += 1 / (sd * sd * v * v);
                    }
                    break;
                }
                default: {
                    // beta on g = σ(x): (α−1) log g + (β−1) log(1−g)
                    double gx = Logistic.sigmoid(v);
                    f += (mu - 1) * Logistic.logSigmoid(v) + (sd - 1) * Logistic.logSigmoid(-v);
                    if (g != null) {
                        g[j] += (mu - 1) * (1 - gx) - (sd - 1) * gx;
                        h[j * size + j] += (mu + sd - 2) * gx * (1 - gx);
                    }
                    break;
                }
            }
        }
        return f;
    }

    /** The log prior of every block of a full parameter vector. */
    double totalPrior(double[] full) {
        double f = 0;
        for (int b = 0; b < layout.blocks(); b++) {
            double[] bx = Arrays.copyOfRange(full, layout.blockStart(b), layout.blockStart(b + 1));
            f += prior(b, bx, null, null);
        }
        return f;
    }

    /**
     * Fisher scoring with step halving on one block from the item states; writes the maximum back to them.
     * A step is halved up to 40 times until the objective does not fall by more than 1e-12 relative; stops
     * after 100 steps, or when a step changes no entry by 1e-10.
     *
     * @param b the block
     * @param r the expected counts
     */
    void maximize(int b, double[] r) {
        int size = layout.block(b).size();
        layout.gather(b, x);
        double f = objective(b, x, r, grad, info) + prior(b, x, grad, info);
        for (int iter = 0; iter < 100; iter++) {
            double[] delta = Dense.solveSpd(info, grad, size);
            if (delta == null) {
                break;
            }
            double step = 1;
            boolean accepted = false;
            double ft = f;
            for (int halving = 0; halving < 40; halving++) {
                for (int j = 0; j < size; j++) {
                    trial[j] = x[j] + step * delta[j];
                }
                ft = objective(b, trial, r, null, null);
                if (ft > Double.NEGATIVE_INFINITY) {
                    ft += prior(b, trial, null, null);
                    if (ft >= f - 1e-12 * (1 + Math.abs(f))) {
                        accepted = true;
                        break;
                    }
                }
                step *= 0.5;
            }
            if (!accepted) {
                break;
            }
            double change = 0;
            for (int j = 0; j < size; j++) {
                change = Math.max(change, Math.abs(trial[j] - x[j]));
            }
            System.arraycopy(trial, 0, x, 0, size);
            f = ft;
            if (change < 1e-10) {
                break;
            }
            f = objective(b, x, r, grad, info) + prior(b, x, grad, info);
        }
        layout.scatter(b, x, 0);
    }
}
