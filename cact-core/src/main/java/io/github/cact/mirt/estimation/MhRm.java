package io.github.cact.mirt.estimation;

import io.github.cact.internal.parallel.ParallelChunks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Metropolis–Hastings Robbins–Monro (Cai 2010, Psychometrika 75(1), 33–57; J. Educ. Behav. Stat. 35(3),
 * 307–335). Every cycle imputes θ for each examinee by Metropolis–Hastings given the current parameters
 * ({@link Sampler}), then computes the complete-data gradient s_k and information H_k and moves the
 * parameters by a stochastic-approximation Newton step:
 * Γ_k = Γ_{k−1} + γ_k (H_k − Γ_{k−1}), ψ_{k+1} = ψ_k + γ_k Γ_k⁻¹ s_k.
 * Stage 1 (burn-in) uses γ = 1 and tunes the proposal scales towards an acceptance rate of 0.44 per
 * factor; stage 2 uses γ = 1 and averages the estimates, which start stage 3; stage 3 uses the decreasing
 * gain γ_k = 1 / k until the largest parameter change stays below the tolerance for a window of
 * cycles.
 */
final class MhRm {

    static final double TARGET_ACCEPTANCE = 0.44;

    final Problem problem;
    final MirtOptions options;
    final ParameterState state;
    final double[] thetas;
    final double[] scale;
    final ParallelChunks runner;
    final int maxParameters;
    final List<Double> changes = new ArrayList<>();
    double acceptance;
    int cycles;
    boolean converged;

    MhRm(Problem problem, MirtOptions options) {
        this.problem = problem;
        this.options = options;
        this.state = new ParameterState(problem, problem.start());
        this.thetas = new double[problem.examinees * problem.dimensions];
        this.scale = new double[problem.dimensions];
        Arrays.fill(scale, 1.0);
        this.runner = ParallelChunks.of(options.executor().orElse(null), options.parallelism());
        this.maxParameters = Arrays.stream(state.counts).max().orElse(1);
    }

    /** Runs the three stages. */
    void run() {
        int d = problem.dimensions;
        for (int k = 1; k <= options.burnInCycles(); k++) {
            double[] rates = cycle(1, k, 1.0, null, null);
            for (int f = 0; f < d; f++) {
                scale[f] *= Math.exp(2 * (rates[f] - TARGET_ACCEPTANCE));
            }
        }
        double[] sum = new double[state.parameterCount];
        for (int k = 1; k <= options.averagingCycles(); k++) {
            cycle(2, k, 1.0, null, null);
            double[] v = state.vector();
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= options.averagingCycles();
        }
        state.set(sum);
        double[][] gamma = new double[state.blocks.length][];
        double[][] gammaLatent = new double[1][];
        int below = 0;
        for (int k = 1; k <= options.maxCycles(); k++) {
            double gain = 1.0 / k;
            cycle(3, k, gain, gamma, gammaLatent);
            if (changes.get(changes.size() - 1) < options.tolerance()) {
                below++;
                if (below >= options.window()) {
                    converged = true;
                    break;
                }
            } else {
                below = 0;
            }
        }
    }

    /**
     * One cycle: imputation, sums in chunk order, and the update.
     *
     * @param gamma the running information of each item (stage 3), or null for γ = 1
     * @return the acceptance rate of each factor
     */
    private double[] cycle(int stage, int k, double gain, double[][] gamma, double[][] gammaLatent) {
        int d = problem.dimensions;
        int chunk = options.chunkSize();
        int length = state.modelLength + 2 * d;
        Sampler.Snapshot snapshot = new Sampler.Snapshot(state);
        double[] proposal = scale.clone();
        long seed = options.seed();
        int steps = options.metropolisSteps();
        double[] acc = runner.sum(problem.examinees, chunk, length, () -> new Sampler(problem, maxParameters),
                (w, from, to, a) -> {
                    w.use(snapshot, proposal);
                    w.random.seed(seed, stage, k, from / chunk);
                    Arrays.fill(w.accepted, 0);
                    Arrays.fill(w.proposed, 0);
                    for (int p = from; p < to; p++) {
                        w.load(thetas, p);
                        for (int s = 0; s < steps; s++) {
                            w.sweep(p);
                        }
                        w.store(thetas, p);
                        w.accumulate(p, state, a);
                    }
                    for (int f = 0; f < d; f++) {
                        a[state.modelLength + f] += w.accepted[f];
                        a[state.modelLength + d + f] += w.proposed[f];
                    }
                });
        double[] rates = new double[d];
        double accepted = 0;
        double proposed = 0;
        for (int f = 0; f < d; f++) {
            rates[f] = acc[state.modelLength + f] / acc[state.modelLength + d + f];
            accepted += acc[state.modelLength + f];
            proposed += acc[state.modelLength + d + f];
        }
        acceptance = accepted / proposed;
        changes.add(update(acc, gain, gamma, gammaLatent));
        cycles++;
        return rates;
    }

    private double update(double[] acc, double gain, double[][] gamma, double[][] gammaLatent) {
        double largest = 0;
        for (int b = 0; b < state.blocks.length; b++) {
            ParameterState.Block block = state.blocks[b];
            double[] gradient = new double[block.size()];
            double[] information = new double[block.size() * block.size()];
            for (int j : block.items()) {
                int n = state.counts[j];
                int o = state.offsets[j];
                double[] g = Arrays.copyOfRange(acc, o, o + n);
                double[] h = Arrays.copyOfRange(acc, o + n, o + n + n * n);
                state.addPrior(j, g, h);
                state.addToBlock(block, j, g, h, gradient, information);
            }
            double[] running = blend(gamma, b, information, gain);
            largest = Math.max(largest, state.stepBlock(block, running, gradient, gain));
        }
        int d = problem.dimensions;
        double[] moments = Arrays.copyOfRange(acc, state.momentsOffset, state.momentsOffset + d * d);
        int m = state.latent.parameterCount();
        if (m > 0) {
            double[] gradient = new double[m];
            state.latent.gradient(moments, problem.examinees, gradient);
            double[] information = state.latentInformation(moments, problem.examinees);
            double[] running = blend(gammaLatent, 0, information, gain);
            largest = Math.max(largest, state.stepLatent(running, gradient, gain));
        }
        return largest;
    }

    /** Γ_k = Γ_{k−1} + γ (H_k − Γ_{k−1}), or H_k when there is no running Γ yet or no stage-3 state. */
    private static double[] blend(double[][] gamma, int index, double[] information, double gain) {
        if (gamma == null) {
            return information;
        }
        double[] previous = gamma[index];
        if (previous == null) {
            gamma[index] = information.clone();
            return gamma[index];
        }
        for (int i = 0; i < previous.length; i++) {
            previous[i] += gain * (information[i] - previous[i]);
        }
        return previous;
    }
}
