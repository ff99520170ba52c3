package io.github.cact.calibration;

import io.github.cact.internal.parallel.ParallelChunks;
import io.github.cact.irt.ItemModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bock–Aitkin EM over collapsed response patterns, put together from its parts: the flat parameter vector
 * ({@link ParameterLayout}), the latent distribution on the grid ({@link LatentDistribution}), the E-step
 * ({@link EStep}), the item M-step ({@link MStep}) and the iteration ({@link EmIteration}). One cycle from x:
 * the E-step at x, the M-step of every block, then the latent moments by moment matching. Sources: Bock &amp;
 * Aitkin (1981), Psychometrika 46; mirt (Chalmers 2012). Mutable; one calibration.
 */
final class EmEngine implements EmIteration.EmMap {

    /**
     * M-step blocks per task of a cycle. The blocks are maximised on the calling thread and the options'
     * executor, each worker with an M-step of its own (its scratch); every item is in one block only and a
     * block reads the expected counts and its own items' parameters alone, so the result does not depend on
     * which thread maximised which block, nor in what order.
     */
    static final int M_STEP_BLOCKS = 4;

    private final ParameterLayout layout;
    private final LatentDistribution latent;
    private final EStep eStep;
    private final MStep mStep;
    private final ParallelChunks runner;
    private final double[] theta;
    private final CalibrationOptions options;
    private double logLikelihood;
    private double logPosterior;

    /**
     * @param data the patterns
     * @param states the items, with starting values (written by the M-step)
     * @param meanFree whether the latent mean is estimated
     * @param varFree whether the latent variance is estimated
     * @param options the grid, priors, iteration settings, parallelism and executor
     */
    EmEngine(PatternData data, ItemState[] states, boolean meanFree, boolean varFree, CalibrationOptions options) {
        this.options = options;
        double sd = options.quadrature().priorSd();
        double[] theta = options.quadrature().nodes();
        this.latent = new LatentDistribution(theta, options.quadrature().priorMean(), sd * sd, meanFree, varFree);
        this.layout = new ParameterLayout(states, meanFree, varFree);
        int[] categories = new int[states.length];
        for (int i = 0; i < states.length; i++) {
            categories[i] = states[i].categories;
        }
        this.theta = theta;
        this.runner = ParallelChunks.of(options.executor().orElse(null), options.parallelism());
        this.eStep = new EStep(data, categories, theta, runner, options.chunkSize());
        this.mStep = new MStep(layout, theta, eStep.offsets(), options);
    }

    /** @return the parameter layout */
    ParameterLayout layout() {
        return layout;
    }

    /** @return the latent distribution (mutable) */
    LatentDistribution latent() {
        return latent;
    }

    /** @return the E-step */
    EStep eStep() {
        return eStep;
    }

    /** @return the M-step */
    MStep mStep() {
        return mStep;
    }

    /** @return the patterns */
    PatternData data() {
        return eStep.data();
    }

    /** @return the log-likelihood at the argument of the last cycle, or after {@link #finish} */
    double logLikelihood() {
        return logLikelihood;
    }

    @Override
    public double logPosterior() {
        return logPosterior;
    }

    /** @return the item models at the current parameters */
    List<ItemModel> models() {
        List<ItemModel> models = new ArrayList<>(layout.items());
        for (int i = 0; i < layout.items(); i++) {
            ItemState s = layout.state(i);
            models.add(s.toModel(s.par));
        }
        return models;
    }

    /** @return x at the current parameters */
    double[] pack() {
        return layout.pack(latent);
    }

    /** Sets the current parameters from x. */
    void unpack(double[] x) {
        layout.unpack(x, latent);
    }

    @Override
    public boolean valid(double[] x) {
        return layout.valid(x);
    }

    /** @return the code table of the E-step at the current parameters ({@link EStep#codeTable}) */
    EStep.CodeTable codeTable() {
        return eStep.codeTable(models(), latent.logWeights());
    }

    /** @return the E-step at the current parameters ({@link EStep#expectedCounts}) */
    double[] expectedCounts() {
        return eStep.expectedCounts(codeTable());
    }

    /** One EM cycle from x: E-step at x (sets the log-likelihood at x), M-step; returns the new vector. */
    @Override
    public double[] cycle(double[] x) {
        unpack(x);
        double[] e = expectedCounts();
        int total = eStep.counts();
        int nodes = latent.nodes();
        logLikelihood = e[total + nodes];
        logPosterior = logLikelihood + mStep.totalPrior(x);
        runner.forEach(layout.blocks(), M_STEP_BLOCKS, () -> new MStep(layout, theta, eStep.offsets(), options),
                (blockStep, chunk, from, to) -> {
                    for (int b = from; b < to; b++) {
                        blockStep.maximize(b, e);
                    }
                });
        latent.update(Arrays.copyOfRange(e, total, total + nodes));
        return pack();
    }

    /**
     * Iterates EM ({@link EmIteration}) from the current parameters and leaves the engine at the final ones.
     *
     * @param progress told after every cycle
     * @return the outcome
     */
    EmIteration.Run iterate(CalibrationProgress progress) {
        EmIteration.Run run = EmIteration.iterate(this, pack(), options, progress);
        unpack(run.estimate());
        return run;
    }

    /**
     * Sets the log-likelihood and log posterior at the current parameters: the given value if a pass over
     * the data at them already gave it (the cross-product standard errors), otherwise from one pass.
     *
     * @param known the log-likelihood at the current parameters, or NaN
     */
    void finish(double known) {
        logLikelihood = Double.isNaN(known) ? eStep.logLikelihood(codeTable()) : known;
        logPosterior = logLikelihood + mStep.totalPrior(pack());
    }
}
