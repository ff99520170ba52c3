package io.github.cact.cat;

import io.github.cact.competency.CutScores;
import io.github.cact.irt.ItemModel;
import io.github.cact.scoring.Quadrature;
import java.util.Optional;

/**
 * Brings a scale's state up to date after an answer, in O(nodes): the log posterior gains
 * log P_x(θ_q) at every node, the SPRT ratios gain log P_x(c + δ) − log P_x(c − δ) at every cut, and θ̂ and
 * SE are recomputed by the design's estimator (docs/cat.md#ability-estimation). Immutable and thread-safe;
 * each call uses its own buffers.
 */
final class AbilityUpdate {

    private static final int NEWTON_ITERATIONS = 60;
    private static final double NEWTON_TOLERANCE = 1e-10;

    private final ItemTables tables;
    private final AbilityEstimator estimator;
    private final double[] nodes;
    private final double[] logPrior;
    private final double priorMean;
    private final double priorVariance;
    /** Per scale: the θ below and above each cut where the SPRT compares likelihoods; empty without SPRT. */
    private final double[][] sprtLow;
    private final double[][] sprtHigh;

    AbilityUpdate(CatDesign design, ItemTables tables) {
        this.tables = tables;
        this.estimator = design.estimator();
        Quadrature grid = design.quadrature();
        this.nodes = grid.nodes();
        this.logPrior = new double[nodes.length];
        for (int q = 0; q < nodes.length; q++) {
            logPrior[q] = grid.logWeight(q);
        }
        this.priorMean = grid.priorMean();
        this.priorVariance = grid.priorSd() * grid.priorSd();
        int scales = design.scales().size();
        sprtLow = new double[scales][];
        sprtHigh = new double[scales][];
        Optional<ClassificationStop> c = design.stopping().classification()
                .filter(stop -> stop.method() == ClassificationStop.Method.SPRT);
        for (int s = 0; s < scales; s++) {
            String scale = design.scales().get(s);
            Optional<CutScores> cuts = c.flatMap(stop -> stop.cutScores(scale));
            if (cuts.isPresent()) {
                double[] cut = cuts.get().cuts();
                double delta = c.get().indifference();
                sprtLow[s] = new double[cut.length];
                sprtHigh[s] = new double[cut.length];
                for (int i = 0; i < cut.length; i++) {
                    sprtLow[s][i] = cut[i] - delta;
                    sprtHigh[s][i] = cut[i] + delta;
                }
            } else {
                sprtLow[s] = new double[0];
                sprtHigh[s] = new double[0];
            }
        }
    }

    /** The state of scale s before any answer: the prior, θ̂ and SE of the prior on the grid. */
    ScaleState initial(int s) {
        double[] lp = new double[nodes.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int q = 0; q < lp.length; q++) {
            max = Math.max(max, logPrior[q]);
        }
        for (int q = 0; q < lp.length; q++) {
            lp[q] = logPrior[q] - max;
        }
        double[] eap = eap(lp);
        return new ScaleState(0, lp, eap[0], eap[1], new double[sprtLow[s].length], false, false);
    }

    /**
     * The state of scale s after the answer {@code category} to {@code item}; {@code items} and
     * {@code categories} list all of the scale's answers, this one included (read by MAP and ML only).
     */
    ScaleState answer(int s, ScaleState state, int item, int category, int[] items, int[] categories) {
        ItemModel model = tables.models[item];
        double[] logP = new double[model.categories()];
        double[] lp = new double[nodes.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int q = 0; q < nodes.length; q++) {
            model.logProbabilities(nodes[q], logP);
            lp[q] = state.logPosterior[q] + logP[category];
            max = Math.max(max, lp[q]);
        }
        for (int q = 0; q < nodes.length; q++) {
            lp[q] -= max;
        }
        double[] llr = state.logLikelihoodRatio.clone();
        for (int k = 0; k < llr.length; k++) {
            model.logProbabilities(sprtHigh[s][k], logP);
            double high = logP[category];
            model.logProbabilities(sprtLow[s][k], logP);
            llr[k] += high - logP[category];
        }
        boolean aboveLowest = state.aboveLowest || category > 0;
        boolean belowHighest = state.belowHighest || category < model.categories() - 1;
        double[] eap = eap(lp);
        double theta = eap[0];
        double se = eap[1];
        if (estimator == AbilityEstimator.MAP || (estimator == AbilityEstimator.ML && aboveLowest && belowHighest)) {
            boolean withPrior = estimator == AbilityEstimator.MAP;
            theta = mode(lp, withPrior, items, categories);
            double curvature = -derivatives(theta, withPrior, items, categories)[1];
            if (withPrior && curvature > 0) {
                se = 1 / Math.sqrt(curvature);
            } else if (!withPrior) {
                double information = 0;
                for (int item1 : items) {
                    information += tables.models[item1].information(theta);
                }
                if (information > 0) {
                    se = 1 / Math.sqrt(information);
                }
            }
        }
        return new ScaleState(state.count + 1, lp, theta, se, llr, aboveLowest, belowHighest);
    }

    /** EAP and posterior SD on the grid: {θ̂, SE}. */
    private double[] eap(double[] lp) {
        double[] w = new double[lp.length];
        double sum = 0;
        double first = 0;
        for (int q = 0; q < lp.length; q++) {
            w[q] = Math.exp(lp[q]);
            sum += w[q];
            first += w[q] * nodes[q];
        }
        double mean = first / sum;
        double second = 0;
        for (int q = 0; q < lp.length; q++) {
            double d = nodes[q] - mean;
            second += w[q] * d * d;
        }
        return new double[] {mean, Math.sqrt(second / sum)};
    }

    /**
     * The mode of log L (+ log prior if withPrior): the best grid node, then safeguarded Newton steps inside
     * the neighbouring nodes; a boundary node where the slope points outward is the answer itself.
     */
    private double mode(double[] lp, boolean withPrior, int[] items, int[] categories) {
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int q = 0; q < lp.length; q++) {
            double value = withPrior ? lp[q] : lp[q] - logPrior[q];
            if (value > bestValue) {
                bestValue = value;
                best = q;
            }
        }
        double lo = nodes[Math.max(0, best - 1)];
        double hi = nodes[Math.min(nodes.length - 1, best + 1)];
        double gLo = derivatives(lo, withPrior, items, categories)[0];
        if (gLo <= 0) {
            return lo;
        }
        double gHi = derivatives(hi, withPrior, items, categories)[0];
        if (gHi >= 0) {
            return hi;
        }
        double theta = nodes[best];
        for (int it = 0; it < NEWTON_ITERATIONS && hi - lo > NEWTON_TOLERANCE; it++) {
            double[] derivatives = derivatives(theta, withPrior, items, categories);
            double g = derivatives[0];
            if (g == 0) {
                return theta;
            }
            if (g > 0) {
                lo = theta;
            } else {
                hi = theta;
            }
            double h = derivatives[1];
            double next = h < 0 ? theta - g / h : Double.NaN;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - theta) < NEWTON_TOLERANCE) {
                return next;
            }
            theta = next;
        }
        return theta;
    }

    /**
     * The first and second derivatives in θ of log L(θ) (+ log prior): Σ P′_x / P_x and
     * Σ (P″_x / P_x − (P′_x / P_x)²).
     */
    private double[] derivatives(double theta, boolean withPrior, int[] items, int[] categories) {
        double g = withPrior ? -(theta - priorMean) / priorVariance : 0;
        double h = withPrior ? -1 / priorVariance : 0;
        for (int i = 0; i < items.length; i++) {
            ItemModel m = tables.models[items[i]];
            int k = m.categories();
            double[] p = new double[k];
            double[] dp = new double[k];
            double[] d2p = new double[k];
            m.derivatives(theta, p, dp, d2p);
            double r = dp[categories[i]] / p[categories[i]];
            g += r;
            h += d2p[categories[i]] / p[categories[i]] - r * r;
        }
        return new double[] {g, h};
    }
}
