package io.github.cact.calibration;

import io.github.cact.internal.parallel.ParallelChunks;
import io.github.cact.irt.ItemModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bock–Aitkin EM for several groups sharing one set of item states (Bock &amp; Zimowski 1997): per group
 * an E-step over its own patterns at its own latent distribution; the item M-step on the expected counts
 * summed over the groups; each group's free latent moments by moment matching on its own node totals.
 * The parameter vector x is the {@link ParameterLayout} of the items (without latent moments) followed by
 * the mean and variance of every group but the first, whose distribution stays fixed. Mutable; one
 * calibration.
 */
final class MultipleGroupEngine implements EmIteration.EmMap {

    private final ParameterLayout layout;
    private final LatentDistribution[] latent;
    private final EStep[] eSteps;
    private final MStep mStep;
    private final CalibrationOptions options;
    private final int itemSize;
    private double logLikelihood;
    private double logPosterior;

    /**
     * @param data the patterns of each group, over the same item columns
     * @param states the items, with starting values (written by the M-step)
     * @param options the grid (its prior is the first group's fixed distribution), priors, iteration settings
     */
    MultipleGroupEngine(PatternData[] data, ItemState[] states, CalibrationOptions options) {
        this.options = options;
        double[] theta = options.quadrature().nodes();
        double mean = options.quadrature().priorMean();
        double variance = options.quadrature().priorSd() * options.quadrature().priorSd();
        this.layout = new ParameterLayout(states, false, false);
        this.itemSize = layout.pack(new LatentDistribution(theta, mean, variance, false, false)).length;
        int[] categories = new int[states.length];
        for (int i = 0; i < states.length; i++) {
            categories[i] = states[i].categories;
        }
        ParallelChunks runner = ParallelChunks.of(options.executor().orElse(null), options.parallelism());
        this.latent = new LatentDistribution[data.length];
        this.eSteps = new EStep[data.length];
        for (int g = 0; g < data.length; g++) {
            latent[g] = new LatentDistribution(theta, mean, variance, g > 0, g > 0);
            eSteps[g] = new EStep(data[g], categories, theta, runner, options.chunkSize());
        }
        this.mStep = new MStep(layout, theta, eSteps[0].offsets(), options);
    }

    /** @return the parameter layout of the items */
    ParameterLayout layout() {
        return layout;
    }

    /** @return the number of groups */
    int groups() {
        return latent.length;
    }

    /** @return the latent distribution of group g (mutable) */
    LatentDistribution latent(int g) {
        return latent[g];
    }

    /** @return the number of parameters: the items' and two per group after the first */
    int size() {
        return itemSize + 2 * (latent.length - 1);
    }

    /** @return the log-likelihood at the argument of the last cycle, or after {@link #finish} */
    double logLikelihood() {
        return logLikelihood;
    }

    @Override
    public double logPosterior() {
        return logPosterior;
    }

    private List<ItemModel> models() {
        List<ItemModel> models = new ArrayList<>(layout.items());
        for (int i = 0; i < layout.items(); i++) {
            ItemState s = layout.state(i);
            models.add(s.toModel(s.par));
        }
        return models;
    }

    /** @return x at the current parameters */
    double[] pack() {
        double[] x = Arrays.copyOf(layout.pack(latent[0]), size());
        for (int g = 1; g < latent.length; g++) {
            x[itemSize + 2 * (g - 1)] = latent[g].mean();
            x[itemSize + 2 * (g - 1) + 1] = latent[g].variance();
        }
        return x;
    }

    /** Sets the current parameters from x. */
    void unpack(double[] x) {
        layout.unpack(x, latent[0]);
        for (int g = 1; g < latent.length; g++) {
            latent[g].set(x[itemSize + 2 * (g - 1)], x[itemSize + 2 * (g - 1) + 1]);
        }
    }

    /** Valid items, and every free |μ| &lt; 10 and 1e-4 &lt; σ² &lt; 100. */
    @Override
    public boolean valid(double[] x) {
        if (!layout.valid(x)) {
            return false;
        }
        for (int g = 1; g < latent.length; g++) {
            double mu = x[itemSize + 2 * (g - 1)];
            double v = x[itemSize + 2 * (g - 1) + 1];
            if (!(Math.abs(mu) < 10) || !(v > 1e-4 && v < 100)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public double[] cycle(double[] x) {
        unpack(x);
        List<ItemModel> models = models();
        int nodes = latent[0].nodes();
        int total = eSteps[0].counts();
        double[] r = new double[total];
        double[][] nodeTotals = new double[latent.length][];
        double ll = 0;
        for (int g = 0; g < latent.length; g++) {
            double[] e = eSteps[g].expectedCounts(eSteps[g].codeTable(models, latent[g].logWeights()));
            for (int c = 0; c < total; c++) {
                r[c] += e[c];
            }
            nodeTotals[g] = Arrays.copyOfRange(e, total, total + nodes);
            ll += e[total + nodes];
        }
        logLikelihood = ll;
        logPosterior = ll + mStep.totalPrior(x);
        for (int b = 0; b < layout.blocks(); b++) {
            mStep.maximize(b, r);
        }
        for (int g = 1; g < latent.length; g++) {
            latent[g].update(nodeTotals[g]);
        }
        return pack();
    }

    /**
     * Iterates EM ({@link EmIteration}) from the current parameters and leaves the engine at the final ones.
     *
     * @return the outcome
     */
    EmIteration.Run iterate() {
        EmIteration.Run run = EmIteration.iterate(this, pack(), options, (cycle, max, change) -> { });
        unpack(run.estimate());
        return run;
    }

    /** Sets the log-likelihood and log posterior at the current parameters (one pass over every group). */
    void finish() {
        List<ItemModel> models = models();
        double ll = 0;
        for (int g = 0; g < latent.length; g++) {
            ll += eSteps[g].logLikelihood(eSteps[g].codeTable(models, latent[g].logWeights()));
        }
        logLikelihood = ll;
        logPosterior = ll + mStep.totalPrior(pack());
    }
}
